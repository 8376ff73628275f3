import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    width: 'min(calc(100vw - 32px), 480px)',
    maxHeight: 'calc(100vh - 32px)',
    padding: tokens.spacingHorizontalXL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow64,
    // Older engines do not pass the theme's variables on to ::backdrop: hence the fallback.
    '::backdrop': { backgroundColor: 'var(--colorBackgroundOverlay, rgba(0, 0, 0, 0.4))' },
  },
  title: {
    margin: `0 0 ${tokens.spacingVerticalM}`,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'flex-end',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalL,
  },
});

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** Escape or Cancel; ignored while `busy`. */
  onClose: () => void;
  busy?: boolean;
  children: ReactNode;
  actions: ReactNode;
}

/**
 * A modal confirmation on the browser's own `<dialog>`: it makes the page behind inert, traps focus,
 * closes on Escape and gives focus back to the button that opened it. (Fluent's Dialog would add
 * focus sentinels to the page for the rest of the session, which accessibility checkers report.)
 */
export function ConfirmDialog({ open, title, onClose, busy = false, children, actions }: ConfirmDialogProps) {
  const styles = useStyles();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={styles.root}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      <div className={styles.body}>{children}</div>
      <div className={styles.actions}>{actions}</div>
    </dialog>
  );
}
