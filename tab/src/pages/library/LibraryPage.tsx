import { Button, Field, SearchBox, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { locales } from '@contract/locale';
import type { Locale } from '@contract/locale';
import { networks } from '@contract/network';
import type { Network } from '@contract/network';
import { libraryPageQuery } from '../../api/library';
import { hasFilters, libraryQueryString } from '../../api/libraryQueryString';
import type { LibraryFilters } from '../../api/libraryQueryString';
import { organisationQuery } from '../../api/organisation';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { networkNames } from '@contract/network';
import { AsyncContent } from '../../ui/AsyncContent';
import { PageHeading } from '../../ui/PageHeading';
import { mergeCampaigns } from './campaignOptions';
import type { CampaignRef } from './campaignOptions';
import { LIBRARY_PAGE_SIZE, LibraryResults } from './LibraryResults';

const SEARCH_DELAY_MS = 300;

const useStyles = makeStyles({
  filters: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 180px), 1fr))',
    alignItems: 'end',
    marginBottom: tokens.spacingVerticalL,
  },
  search: { gridColumn: '1 / -1', maxWidth: '480px' },
  // Long campaign names must not widen the page in the Teams side panel.
  field: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: '100%' },
  selectInner: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
});

/** The content this person may share: search, filters, and pages of cards. */
export function LibraryPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const locale = currentLocale();
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Omit<LibraryFilters, 'q'>>({});
  const q = useDebouncedValue(search, SEARCH_DELAY_MS);
  const query = useMemo<LibraryFilters>(() => ({ ...filters, q }), [filters, q]);
  const first = useApiQuery(libraryPageQuery(query, { limit: LIBRARY_PAGE_SIZE }));
  // Brand names only label a filter: the library works without them.
  const brands = useQuery(organisationQuery()).data?.brands ?? [];

  // Campaign options grow with every page seen (adjusting state while rendering, as React advises).
  const [campaigns, setCampaigns] = useState<readonly CampaignRef[]>([]);
  const merged = first.status === 'done' ? mergeCampaigns(campaigns, first.value.items) : campaigns;
  if (merged !== campaigns) setCampaigns(merged);
  const addCampaigns = useCallback(
    (items: readonly { campaign: CampaignRef }[]) => setCampaigns((known) => mergeCampaigns(known, items)),
    [],
  );

  const setFilter = <K extends keyof typeof filters>(name: K, value: string) =>
    setFilters((current) => ({ ...current, [name]: value || undefined }));
  const clearFilters = () => {
    setSearch('');
    setFilters({});
  };
  const filtered = hasFilters({ ...filters, q: search });

  return (
    <>
      <PageHeading title={t('library.title')} intro={t('library.intro')} />
      <div role="search" className={styles.filters} aria-label={t('library.filters.label')}>
        <Field label={t('library.search')} className={styles.search}>
          <SearchBox
            value={search}
            dismiss={{ 'aria-label': t('common.clearSearch') }}
            onChange={(_, data) => setSearch(data.value)}
          />
        </Field>
        <Field label={t('library.filters.campaign')} className={styles.field}>
          <Select
            className={styles.select}
            select={{ className: styles.selectInner }}
            value={filters.campaignId ?? ''}
            onChange={(_, data) => setFilter('campaignId', data.value)}
          >
            <option value="">{t('library.filters.anyCampaign')}</option>
            {campaigns.map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {localized(campaign.name, locale)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('library.filters.network')} className={styles.field}>
          <Select
            className={styles.select}
            select={{ className: styles.selectInner }}
            value={filters.network ?? ''}
            onChange={(_, data) => setFilter('network', data.value as Network | '')}
          >
            <option value="">{t('library.filters.anyNetwork')}</option>
            {networks.map((network) => (
              <option key={network} value={network}>
                {networkNames[network]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('library.filters.language')} className={styles.field}>
          <Select
            className={styles.select}
            select={{ className: styles.selectInner }}
            value={filters.language ?? ''}
            onChange={(_, data) => setFilter('language', data.value as Locale | '')}
          >
            <option value="">{t('library.filters.anyLanguage')}</option>
            {locales.map((language) => (
              <option key={language} value={language}>
                {t(`languages.${language}`)}
              </option>
            ))}
          </Select>
        </Field>
        {brands.length > 1 && (
          <Field label={t('library.filters.brand')} className={styles.field}>
            <Select
              className={styles.select}
              select={{ className: styles.selectInner }}
              value={filters.brandId ?? ''}
              onChange={(_, data) => setFilter('brandId', data.value)}
            >
              <option value="">{t('library.filters.anyBrand')}</option>
              {brands.map((brand) => (
                <option key={brand.id} value={brand.id}>
                  {brand.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label={t('library.filters.sharedBy')} className={styles.field}>
          <Select
            className={styles.select}
            select={{ className: styles.selectInner }}
            value={filters.sharedBy ?? ''}
            onChange={(_, data) => setFilter('sharedBy', data.value)}
          >
            <option value="">{t('library.filters.anyone')}</option>
            <option value="leaders">{t('library.filters.leaders')}</option>
          </Select>
        </Field>
        {filtered && (
          <div>
            <Button onClick={clearFilters}>{t('library.clearFilters')}</Button>
          </div>
        )}
      </div>

      <AsyncContent state={first} loadingLabel={t('library.loading')}>
        {(value) => (
          <LibraryResults
            key={libraryQueryString(query, { limit: LIBRARY_PAGE_SIZE })}
            first={value}
            query={query}
            brands={brands}
            onMore={addCampaigns}
            onClearFilters={hasFilters(query) ? clearFilters : undefined}
          />
        )}
      </AsyncContent>
    </>
  );
}
