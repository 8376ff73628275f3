import { charterVersionListSchema, charterVersionSchema } from '@contract/charter';
import type { CharterVersion, CharterVersionList, PublishCharter } from '@contract/charter';
import { apiRequest } from './apiRequest';

/** Administrators only. */
export function getCharterVersions(signal?: AbortSignal): Promise<CharterVersionList> {
  return apiRequest('/api/v1/admin/charter-versions', charterVersionListSchema, { signal });
}

export function publishCharterVersion(request: PublishCharter): Promise<CharterVersion> {
  return apiRequest('/api/v1/admin/charter-versions', charterVersionSchema, {
    method: 'POST',
    body: request,
  });
}
