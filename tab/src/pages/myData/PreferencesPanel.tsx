import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enrolmentQuery, updateEnrolment } from '../../api/enrolment';
import { useApiQuery } from '../../hooks/useApiQuery';
import { AsyncContent } from '../../ui/AsyncContent';
import { currentLocale } from '../../i18n/i18n';
import { useSession } from '../../session/sessionContext';
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
  const enrolment = useApiQuery(enrolmentQuery(), { fresh: true });
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
      <AsyncContent state={enrolment} loadingLabel={t('myData.preferences.loading')}>
        {(value) => (
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
              initial={initialFormValues(value, { timeZone: me.timeZone, language: currentLocale() })}
              submitLabel={t('myData.preferences.save')}
              onSubmit={save}
            />
          </>
        )}
      </AsyncContent>
    </Panel>
  );
}
