import type { PersonDoc } from '../../bot/src/domain/documents';
import { DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import type { TestService } from './test-service';
import { inDays } from './studio-fixtures';

/** An event input for the demo organisation: in ten days, open to every ambassador. */
export function eventInput(overrides: Record<string, unknown> = {}) {
  return {
    title: { fr: 'Rencontre avec la direction', en: 'Meet the leadership team' },
    description: { fr: 'Un échange exclusif.', en: 'An exclusive conversation.' },
    startsAt: inDays(10),
    endsAt: inDays(10.1),
    place: 'Paris, siège',
    capacity: 10,
    audience: { groupIds: [], brandIds: [], languages: [] },
    registrationClosesAt: inDays(8),
    ...overrides,
  };
}

/** Ambassadors made for a test, straight in the store, each reachable by the bot (as if they installed it). */
export async function createAmbassadors(service: TestService, prefix: string, count: number) {
  const now = new Date().toISOString();
  const people: PersonDoc[] = [];
  for (let index = 0; index < count; index++) {
    const id = `${prefix}-${String(index).padStart(3, '0')}`;
    const person: PersonDoc = {
      id,
      tenantId: DEMO_TENANT_ID,
      displayName: `Ambassador ${id}`,
      email: `${id}@aurore-demo.example`,
      locale: index % 2 === 0 ? 'fr' : 'en',
      timeZone: 'Europe/Paris',
      groupIds: [],
      enrolment: { status: 'ambassador', since: now, networks: [], languages: ['fr', 'en'] },
      createdAt: now,
      updatedAt: now,
    };
    await service.repositories.people.upsert(person);
    await service.repositories.conversations.upsert({
      id,
      tenantId: DEMO_TENANT_ID,
      teamsUserId: `29:${id}`,
      conversationId: `a:${id}`,
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      installedAt: now,
    });
    people.push(person);
  }
  return people;
}
