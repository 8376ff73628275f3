import type {
  ArchiveFormat,
  ArchiveVerification,
  FollowUpInput,
  FollowUpResult,
  LegalHold,
  LegalHoldInput,
  Retention,
  RetentionSettings,
  SupervisedShareList,
} from '@contract/compliance';
import type { Network } from '@contract/network';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiDownload, apiRequest } from './apiRequest';

/** Days, `YYYY-MM-DD`, both included. */
export interface Period {
  from?: string;
  to?: string;
}

export interface SupervisionFilters extends Period {
  personId?: string;
  network?: Network;
  campaignId?: string;
  words?: string;
}

/** Reviewers and administrators: what ambassadors shared, newest first. */
export function supervisedSharesQuery(
  filters: SupervisionFilters,
  page: { limit: number; continuationToken?: string },
): ApiQuery<SupervisedShareList> {
  const params = paramsOf({
    ...filters,
    limit: String(page.limit),
    continuationToken: page.continuationToken,
  });
  return apiQuery<SupervisedShareList>(`/api/v1/compliance/shares?${params.toString()}`);
}

export function followUpShare(recordId: string, input: FollowUpInput) {
  return apiRequest<FollowUpResult>(`/api/v1/compliance/shares/${encodeURIComponent(recordId)}/follow-ups`, {
    method: 'POST',
    changes: ['/api/v1/compliance/shares'],
    body: input,
  });
}

/** The archive of a period as a file an archiving system (JSONL, EML) or a spreadsheet (CSV) reads. */
export function downloadArchive(format: ArchiveFormat, period: Period): Promise<Blob> {
  return apiDownload(`/api/v1/compliance/archive?${paramsOf({ ...period, format }).toString()}`);
}

export function verifyArchive(): Promise<ArchiveVerification> {
  return apiRequest<ArchiveVerification>('/api/v1/compliance/archive/verification');
}

/** Administrators only. */
export function retentionQuery(): ApiQuery<Retention> {
  return apiQuery<Retention>('/api/v1/admin/retention');
}

export function updateRetention(settings: RetentionSettings): Promise<Retention> {
  return apiRequest<Retention>('/api/v1/admin/retention', {
    method: 'PUT',
    changes: ['/api/v1/admin/retention'],
    body: settings,
  });
}

export function placeLegalHold(input: LegalHoldInput): Promise<LegalHold> {
  return apiRequest<LegalHold>('/api/v1/admin/legal-holds', {
    method: 'POST',
    changes: ['/api/v1/admin/retention', '/api/v1/admin/legal-holds'],
    body: input,
  });
}

export function liftLegalHold(holdId: string): Promise<unknown> {
  return apiRequest<unknown>(`/api/v1/admin/legal-holds/${encodeURIComponent(holdId)}`, {
    method: 'DELETE',
    changes: ['/api/v1/admin/retention', '/api/v1/admin/legal-holds'],
  });
}

function paramsOf(values: Record<string, string | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value?.trim()) params.set(name, value.trim());
  return params;
}
