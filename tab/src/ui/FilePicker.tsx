import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AttachRegular } from '@fluentui/react-icons';
import { useId, useRef } from 'react';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  chosen: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

interface FilePickerProps {
  /** The button's text, naming what to choose ("Add a photo or video"). */
  label: string;
  accept: string;
  disabled?: boolean;
  /** Said beside the button (the file chosen, or that none is yet); omitted where choosing acts at once. */
  chosen?: string;
  onChoose: (file: File) => void;
}

/**
 * A file chooser in the tab's language and style: the browser's own input writes its button and its "no
 * file chosen" in the browser's language, whatever the tab's. The input stays, hidden, for the browser's
 * file dialog.
 */
export function FilePicker({ label, accept, disabled, chosen, onChoose }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const chosenId = useId();
  return (
    <div className={styles.row}>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so that choosing the same file again is a choice too.
          event.target.value = '';
          if (file) onChoose(file);
        }}
      />
      <Button
        icon={<AttachRegular />}
        // Focusable while busy (an upload): the focus stays where the person left it.
        disabledFocusable={disabled}
        aria-describedby={chosen === undefined ? undefined : chosenId}
        onClick={() => input.current?.click()}
      >
        {label}
      </Button>
      {chosen !== undefined && (
        <Text id={chosenId} className={styles.chosen} aria-live="polite">
          {chosen}
        </Text>
      )}
    </div>
  );
}
