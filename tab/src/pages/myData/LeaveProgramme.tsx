import { Button, Spinner, Text, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { leaveProgramme } from '../../api/enrolment';
import { useSession } from '../../session/sessionContext';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorState } from '../../ui/ErrorState';
import { Panel } from '../../ui/Panel';

const useStyles = makeStyles({
  paragraph: { margin: 0 },
});

/** Leaving is one confirmation away; the menu and home update once the profile is read again. */
export function LeaveProgramme({ onLeft }: { onLeft: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { refreshMe } = useSession();
  const [open, setOpen] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [error, setError] = useState<unknown>();

  async function leave() {
    setLeaving(true);
    setError(undefined);
    try {
      await leaveProgramme();
      setOpen(false);
      onLeft();
      // The page then shows the person as no longer an ambassador (and this panel goes away).
      await refreshMe().catch(() => undefined);
    } catch (caught) {
      setError(caught);
    } finally {
      setLeaving(false);
    }
  }

  return (
    <Panel title={t('myData.leave.title')}>
      <Text as="p" className={styles.paragraph}>
        {t('myData.leave.text')}
      </Text>
      <div>
        <Button onClick={() => setOpen(true)}>{t('myData.leave.button')}</Button>
      </div>
      <ConfirmDialog
        open={open}
        busy={leaving}
        title={t('myData.leave.dialogTitle')}
        onClose={() => {
          setOpen(false);
          setError(undefined);
        }}
        actions={
          <>
            <Button disabled={leaving} onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              appearance="primary"
              disabledFocusable={leaving}
              icon={leaving ? <Spinner size="tiny" /> : undefined}
              onClick={() => void leave()}
            >
              {t('myData.leave.confirm')}
            </Button>
          </>
        }
      >
        <Text as="p" className={styles.paragraph}>
          {t('myData.leave.dialogText')}
        </Text>
        {error !== undefined && <ErrorState error={error} />}
      </ConfirmDialog>
    </Panel>
  );
}
