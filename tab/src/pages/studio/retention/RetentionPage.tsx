import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalHold, Retention } from '@contract/compliance';
import { retentionQuery } from '../../../api/compliance';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { AsyncPage } from '../../../ui/AsyncPage';
import { formatDate } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { LegalHoldsPanel } from './LegalHoldsPanel';
import { RetentionSettingsForm } from './RetentionSettingsForm';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '960px' },
});

/** Administrators: how long the programme keeps each kind of data, and the legal holds that keep more. */
export function RetentionPage() {
  const { t } = useTranslation();
  const retention = useApiQuery(retentionQuery(), { fresh: true });
  return (
    <AsyncPage
      title={t('retention.title')}
      intro={t('retention.intro')}
      state={retention}
      loadingLabel={t('retention.loading')}
    >
      {(value) => <RetentionPanels initial={value} />}
    </AsyncPage>
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
