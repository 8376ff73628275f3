import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupervisionFilters } from '../../../api/compliance';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { PageHeading } from '../../../ui/PageHeading';
import { ArchiveTools } from './ArchiveTools';
import { SupervisedShares } from './SupervisedShares';
import { SupervisionFiltersForm } from './SupervisionFiltersForm';
import type { ChosenFilter } from './SupervisionFiltersForm';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/**
 * Studio, for reviewers: what ambassadors shared, each post beside the approved text it came from, to advise
 * and encourage rather than watch; and the archive's exports and verification.
 */
export function SupervisionPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const [applied, setApplied] = useState<Omit<SupervisionFilters, 'personId' | 'campaignId'>>({});
  const [chosen, setChosen] = useState<readonly ChosenFilter[]>([]);
  const choose = (filter: ChosenFilter) =>
    setChosen((current) => [...current.filter((other) => other.kind !== filter.kind), filter]);
  const filters = useMemo<SupervisionFilters>(
    () => ({
      ...applied,
      personId: chosen.find((filter) => filter.kind === 'person')?.id,
      campaignId: chosen.find((filter) => filter.kind === 'campaign')?.id,
    }),
    [applied, chosen],
  );

  return (
    <div className={styles.page}>
      <PageHeading title={t('supervision.title')} intro={t('supervision.intro')} />
      <SupervisionFiltersForm
        chosen={chosen}
        onApply={setApplied}
        onRemoveChosen={(kind) => setChosen((current) => current.filter((filter) => filter.kind !== kind))}
      />
      {/* New filters start a new list: the key makes it load from the first page. */}
      <SupervisedShares
        key={JSON.stringify(filters)}
        filters={filters}
        onPerson={(person) => choose({ kind: 'person', id: person.id, name: person.name })}
        onCampaign={(campaign) =>
          choose({ kind: 'campaign', id: campaign.id, name: localized(campaign.name, currentLocale()) })
        }
      />
      <ArchiveTools />
    </div>
  );
}
