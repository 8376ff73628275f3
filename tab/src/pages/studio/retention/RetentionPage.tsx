import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalHold, Retention } from '@contract/compliance';
import { getRetention } from '../../../api/compliance';
import { useAsync } from '../../../hooks/useAsync';
import { formatDate } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeading } from '../../../ui/PageHeading';
import { LegalHoldsPanel } from './LegalHoldsPanel';
import { RetentionSettingsForm } from './RetentionSettingsForm';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '960px' },
});

/** Administrators: how long the programme keeps each kind of data, and the legal holds that keep more. */
export function RetentionPage() {
  const { t } = useTranslation();
  const retention = useAsync(getRetention);
  return (
    <>
      <PageHeading title={t('retention.title')} intro={t('retention.intro')} />
      {retention.status === 'loading' && <LoadingState label={t('retention.loading')} />}
      {retention.status === 'error' && <ErrorState error={retention.error} onRetry={retention.retry} />}
      {retention.status === 'done' && <RetentionPanels initial={retention.value} />}
    </>
  );
}

function RetentionPanels({ initial }: { initial: Retention }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [retention, setRetention] = useState(initial);
  const locale = currentLocale();
  const scopeLabel = (hold: LegalHold) => {
    const { scope } = hold;
    switch (scope.kind) {
      case 'person':
        return t('retention.holds.scopes.person', { name: hold.subjectName ?? scope.personId });
      case 'campaign':
        return t('retention.holds.scopes.campaign', { name: hold.subjectName ?? scope.campaignId });
      case 'period':
        return t('retention.holds.scopes.period', {
          from: formatDate(`${scope.from}T12:00:00Z`, locale) ?? scope.from,
          to: formatDate(`${scope.to}T12:00:00Z`, locale) ?? scope.to,
        });
    }
  };
  return (
    <div className={styles.page}>
      <RetentionSettingsForm retention={retention} onSaved={setRetention} />
      <LegalHoldsPanel
        holds={retention.holds}
        scopeLabel={scopeLabel}
        onChange={(holds) => setRetention((current) => ({ ...current, holds: [...holds] }))}
      />
    </div>
  );
}
