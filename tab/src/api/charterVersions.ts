import type { CharterVersion, CharterVersionList, PublishCharter } from '@contract/charter';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

/** Administrators only. */
export function charterVersionsQuery(): ApiQuery<CharterVersionList> {
  return apiQuery<CharterVersionList>('/api/v1/admin/charter-versions');
}

export function publishCharterVersion(request: PublishCharter): Promise<CharterVersion> {
  return apiRequest<CharterVersion>('/api/v1/admin/charter-versions', {
    method: 'POST',
    changes: ['/api/v1/admin/charter-versions', '/api/v1/charter'],
    body: request,
  });
}
