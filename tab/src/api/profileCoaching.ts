import type { ProfileCoaching, ProfileCoachingInput } from '@contract/profile-coaching';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

const PATH = '/api/v1/me/profile-coaching';

/** The signed-in person's own LinkedIn profile self-check. */
export function profileCoachingQuery(): ApiQuery<ProfileCoaching> {
  return apiQuery<ProfileCoaching>(PATH);
}

export function saveProfileCoaching(input: ProfileCoachingInput): Promise<ProfileCoaching> {
  return apiRequest<ProfileCoaching>(PATH, { method: 'PUT', body: input, changes: [PATH] });
}
