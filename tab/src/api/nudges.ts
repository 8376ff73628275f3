import type { Nudge, NudgeInput, NudgeList } from '@contract/nudges';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

const PATH = '/api/v1/studio/nudges';
const at = (nudgeId: string) => `${PATH}/${encodeURIComponent(nudgeId)}`;

export function nudgesQuery(page: { limit: number; continuationToken?: string }): ApiQuery<NudgeList> {
  const params = new URLSearchParams({ limit: String(page.limit) });
  if (page.continuationToken) params.set('continuationToken', page.continuationToken);
  return apiQuery<NudgeList>(`${PATH}?${params.toString()}`);
}

/** Read directly, not through the cache: a sending nudge's progress is polled until it is done. */
export function getNudge(nudgeId: string, signal?: AbortSignal): Promise<Nudge> {
  return apiRequest<Nudge>(at(nudgeId), { signal });
}

/** Sent at once without `sendAt`, else kept until then. */
export function createNudge(input: NudgeInput): Promise<Nudge> {
  return apiRequest<Nudge>(PATH, { method: 'POST', changes: [PATH], body: input });
}

export function cancelNudge(nudgeId: string): Promise<Nudge> {
  return apiRequest<Nudge>(`${at(nudgeId)}/cancellation`, {
    method: 'POST',
    changes: [PATH],
    body: {},
  });
}
