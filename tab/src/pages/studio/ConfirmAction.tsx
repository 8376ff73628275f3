import { Button, Spinner } from '@fluentui/react-components';
import type { ButtonProps } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorState } from '../../ui/ErrorState';

interface ConfirmActionProps {
  /** The button that opens the confirmation, and the confirming button in it. */
  label: string;
  confirmLabel: string;
  title: string;
  text: string;
  icon?: ButtonProps['icon'];
  size?: ButtonProps['size'];
  /** `primary` where the act is the page's next step (planning a campaign), the default otherwise. */
  appearance?: ButtonProps['appearance'];
  /** The opening button's accessible name where its label alone is ambiguous (one button per row). */
  buttonLabel?: string;
  /** Runs once confirmed; the dialog stays open with the error if it fails. */
  action: () => Promise<void>;
}

/** A destructive act (withdraw, archive, delete) one confirmation away. */
export function ConfirmAction({
  label,
  confirmLabel,
  title,
  text,
  icon,
  size,
  appearance,
  buttonLabel,
  action,
}: ConfirmActionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function confirm() {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      setOpen(false);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button
        icon={icon}
        size={size}
        appearance={appearance}
        aria-label={buttonLabel}
        onClick={() => setOpen(true)}
      >
        {label}
      </Button>
      <ConfirmDialog
        open={open}
        busy={busy}
        title={title}
        onClose={() => {
          setOpen(false);
          setError(undefined);
        }}
        actions={
          <>
            <Button disabled={busy} onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              appearance="primary"
              disabledFocusable={busy}
              icon={busy ? <Spinner size="tiny" /> : undefined}
              onClick={() => void confirm()}
            >
              {confirmLabel}
            </Button>
          </>
        }
      >
        <p>{text}</p>
        {error !== undefined && <ErrorState error={error} />}
      </ConfirmDialog>
    </>
  );
}
