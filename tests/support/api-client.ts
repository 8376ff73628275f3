import type { AppRole } from '../../bot/src/contract/roles';
import { getJson } from './test-service';
import type { TestService } from './test-service';

/** Calls the API as one person, through real HTTP with a token from the service's dev issuer. */
export async function apiAs(service: TestService, objectId: string, roles: AppRole[] = [], name?: string) {
  const token = await service.token({ objectId, roles, ...(name ? { name } : {}) });
  const call = (method: string, path: string, body?: unknown) =>
    getJson(`${service.url}${path}`, token, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
  return {
    token,
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown = {}) => call('POST', path, body),
    put: (path: string, body: unknown) => call('PUT', path, body),
    delete: (path: string) => call('DELETE', path),
  };
}

export const joinRequest = (charterVersion = '1.0') => ({
  charterVersion,
  charterLanguage: 'en',
  networks: [
    { network: 'linkedin', audienceSize: 500 },
    { network: 'x', audienceSize: 120 },
  ],
  languages: ['en', 'fr'],
  preferences: {
    nudges: 'weekly-digest',
    quietHours: { start: '20:00', end: '08:00' },
    timeZone: 'Europe/Paris',
    showOnLeaderboards: true,
  },
});
