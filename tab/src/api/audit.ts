import type { AuditList } from '@contract/audit';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

export interface AuditFilters {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  /** Days, `YYYY-MM-DD`, both included. */
  from?: string;
  to?: string;
}

/** Reviewers and administrators only. */
export function auditPageQuery(
  filters: AuditFilters,
  page: { limit: number; continuationToken?: string },
): ApiQuery<AuditList> {
  const params = auditParams(filters);
  params.set('limit', String(page.limit));
  if (page.continuationToken) params.set('continuationToken', page.continuationToken);
  return apiQuery<AuditList>(`/api/v1/audit?${params.toString()}`);
}

/** Every record matching the filters, as CSV text (the answer is not JSON, so it comes back as it is). */
export function getAuditCsv(filters: AuditFilters): Promise<string> {
  const params = auditParams(filters);
  params.set('format', 'csv');
  return apiRequest<string>(`/api/v1/audit?${params.toString()}`);
}

function auditParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (typeof value === 'string' && value.trim()) params.set(name, value.trim());
  }
  return params;
}
