import type { Locale } from '@contract/locale';
import type { Principal } from '../identity/principal';
import type { PersonDoc } from './documents';

/** Every employee starts outside the programme: joining is their own choice. */
export function newPerson(principal: Principal, locale: Locale, now: Date): PersonDoc {
  const at = now.toISOString();
  return {
    id: principal.objectId,
    tenantId: principal.tenantId,
    displayName: principal.name || principal.username,
    email: principal.username,
    locale,
    timeZone: 'UTC',
    groupIds: [],
    enrolment: { status: 'not-enrolled', networks: [], languages: [] },
    createdAt: at,
    updatedAt: at,
  };
}
