import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getEnrolment, updateEnrolment } from '../../api/enrolment';
import { useAsync } from '../../hooks/useAsync';
import { currentLocale } from '../../i18n/i18n';
import { useSession } from '../../session/sessionContext';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { Panel } from '../../ui/Panel';
import { EnrolmentForm } from '../enrolment/EnrolmentForm';
import { initialFormValues, toEnrolmentRequest } from '../enrolment/enrolmentFormModel';
import type { EnrolmentFormValues } from '../enrolment/enrolmentFormModel';

const useStyles = makeStyles({
  focusTarget: { ':focus': { outlineStyle: 'none' } },
  saved: { marginBottom: tokens.spacingVerticalS },
});

/** An ambassador's networks, languages and nudge preferences: the joining form, in update mode. */
export function PreferencesPanel() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const enrolment = useAsync(getEnrolment);
  const [savedAt, setSavedAt] = useState<number>();
  const savedRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (savedAt) savedRef.current?.focus();
  }, [savedAt]);

  async function save(values: EnrolmentFormValues) {
    setSavedAt(undefined);
    await updateEnrolment(toEnrolmentRequest(values));
    setSavedAt(Date.now());
  }

  return (
    <Panel title={t('myData.preferences.title')}>
      {enrolment.status === 'loading' && <LoadingState label={t('myData.preferences.loading')} />}
      {enrolment.status === 'error' && <ErrorState error={enrolment.error} onRetry={enrolment.retry} />}
      {enrolment.status === 'done' && (
        <>
          <div ref={savedRef} tabIndex={-1} className={styles.focusTarget}>
            {savedAt && (
              <MessageBar intent="success" className={styles.saved}>
                <MessageBarBody>{t('myData.preferences.saved')}</MessageBarBody>
              </MessageBar>
            )}
          </div>
          <EnrolmentForm
            mode="update"
            initial={initialFormValues(enrolment.value, { timeZone: me.timeZone, language: currentLocale() })}
            submitLabel={t('myData.preferences.save')}
            onSubmit={save}
          />
        </>
      )}
    </Panel>
  );
}
