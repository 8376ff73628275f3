import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilters } from '../../../api/audit';
import { PageHeading } from '../../../ui/PageHeading';
import { AuditFiltersForm } from './AuditFiltersForm';
import { AuditRecords } from './AuditRecords';

/** Studio, for reviewers and administrators: who changed what, when; filtered, paged, exported. */
export function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilters>({});
  return (
    <>
      <PageHeading title={t('audit.title')} intro={t('audit.intro')} />
      <AuditFiltersForm onApply={setFilters} />
      {/* New filters start a new list: the key makes it load from the first page. */}
      <AuditRecords key={JSON.stringify(filters)} filters={filters} />
    </>
  );
}
