import { z } from 'zod';
import {
  archiveVerificationSchema,
  followUpSchema,
  legalHoldSchema,
  retentionSchema,
  supervisedShareListSchema,
} from '@contract/compliance';
import type {
  ArchiveFormat,
  ArchiveVerification,
  FollowUpInput,
  LegalHold,
  LegalHoldInput,
  Retention,
  RetentionSettings,
  SupervisedShareList,
} from '@contract/compliance';
import type { Network } from '@contract/network';
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
export function getSupervisedShares(
  filters: SupervisionFilters,
  page: { limit: number; continuationToken?: string },
  signal?: AbortSignal,
): Promise<SupervisedShareList> {
  const params = paramsOf({
    ...filters,
    limit: String(page.limit),
    continuationToken: page.continuationToken,
  });
  return apiRequest(`/api/v1/compliance/shares?${params.toString()}`, supervisedShareListSchema, { signal });
}

export function followUpShare(recordId: string, input: FollowUpInput) {
  return apiRequest(
    `/api/v1/compliance/shares/${encodeURIComponent(recordId)}/follow-ups`,
    z.object({ followUp: followUpSchema, messageQueued: z.boolean() }),
    { method: 'POST', body: input },
  );
}

/** The archive of a period as a file an archiving system (JSONL, EML) or a spreadsheet (CSV) reads. */
export function downloadArchive(format: ArchiveFormat, period: Period): Promise<Blob> {
  return apiDownload(`/api/v1/compliance/archive?${paramsOf({ ...period, format }).toString()}`);
}

export function verifyArchive(): Promise<ArchiveVerification> {
  return apiRequest('/api/v1/compliance/archive/verification', archiveVerificationSchema);
}

/** Administrators only. */
export function getRetention(signal?: AbortSignal): Promise<Retention> {
  return apiRequest('/api/v1/admin/retention', retentionSchema, { signal });
}

export function updateRetention(settings: RetentionSettings): Promise<Retention> {
  return apiRequest('/api/v1/admin/retention', retentionSchema, { method: 'PUT', body: settings });
}

export function placeLegalHold(input: LegalHoldInput): Promise<LegalHold> {
  return apiRequest('/api/v1/admin/legal-holds', legalHoldSchema, { method: 'POST', body: input });
}

export function liftLegalHold(holdId: string): Promise<unknown> {
  return apiRequest(`/api/v1/admin/legal-holds/${encodeURIComponent(holdId)}`, z.unknown(), {
    method: 'DELETE',
  });
}

function paramsOf(values: Record<string, string | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value?.trim()) params.set(name, value.trim());
  return params;
}
