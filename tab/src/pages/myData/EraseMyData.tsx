import { Button, Field, Input, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eraseMe } from '../../api/me';
import type { ErasureReceipt } from '@contract/me';
import { signOut } from '../../auth/session';
import { currentLocale } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorState } from '../../ui/ErrorState';
import { Panel } from '../../ui/Panel';
import { confirmationMatches } from './myDataFile';

const useStyles = makeStyles({
  paragraph: { margin: 0 },
  danger: {
    backgroundColor: tokens.colorStatusDangerBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': {
      backgroundColor: tokens.colorStatusDangerBackground3Hover,
      color: tokens.colorNeutralForegroundOnBrand,
    },
    ':hover:active': {
      backgroundColor: tokens.colorStatusDangerBackground3Pressed,
      color: tokens.colorNeutralForegroundOnBrand,
    },
  },
});

/** Erasure: confirmed by typing a word, then the person is signed out with a reference to keep. */
export function EraseMyData({ onErased }: { onErased: (erasure: ErasureReceipt) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [erasing, setErasing] = useState(false);
  const [error, setError] = useState<unknown>();
  const word = t('myData.erase.word');
  const confirmed = confirmationMatches(typed, word, currentLocale());

  const close = () => {
    setOpen(false);
    setTyped('');
    setError(undefined);
  };

  async function erase() {
    if (!confirmed || erasing) return;
    setErasing(true);
    setError(undefined);
    try {
      const erasure = await eraseMe();
      // Nothing is left to sign in as: forget the token so the next load starts at sign-in.
      await signOut().catch(() => undefined);
      setOpen(false);
      onErased(erasure);
    } catch (caught) {
      setError(caught);
      setErasing(false);
    }
  }

  return (
    <Panel title={t('myData.erase.title')}>
      <Text as="p" className={styles.paragraph}>
        {t('myData.erase.text')}
      </Text>
      <div>
        <Button onClick={() => setOpen(true)}>{t('myData.erase.button')}</Button>
      </div>
      <ConfirmDialog
        open={open}
        busy={erasing}
        title={t('myData.erase.dialogTitle')}
        onClose={close}
        actions={
          <>
            <Button disabled={erasing} onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              form={formId}
              appearance="primary"
              className={confirmed && !erasing ? styles.danger : undefined}
              disabledFocusable={!confirmed || erasing}
              icon={erasing ? <Spinner size="tiny" /> : undefined}
            >
              {t('myData.erase.confirm')}
            </Button>
          </>
        }
      >
        <Text as="p" className={styles.paragraph}>
          {t('myData.erase.dialogText')}
        </Text>
        <form
          id={formId}
          onSubmit={(event) => {
            event.preventDefault();
            void erase();
          }}
        >
          <Field label={t('myData.erase.typeWord', { word })}>
            <Input value={typed} autoComplete="off" onChange={(_, data) => setTyped(data.value)} />
          </Field>
        </form>
        {error !== undefined && <ErrorState error={error} />}
      </ConfirmDialog>
    </Panel>
  );
}
