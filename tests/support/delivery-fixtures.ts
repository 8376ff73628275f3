import type { ConversationDoc, PersonDoc } from '../../bot/src/domain/documents';
import type { Repositories } from '../../bot/src/store/repositories';

/** An ambassador who accepts nudges at once, in UTC, with no quiet hours unless given. */
export function ambassador(tenantId: string, id: string, overrides: Partial<PersonDoc> = {}): PersonDoc {
  const at = '2026-11-01T00:00:00.000Z';
  return {
    id,
    tenantId,
    displayName: `Ambassador ${id}`,
    email: `${id}@aurore-demo.example`,
    locale: 'en',
    timeZone: 'UTC',
    groupIds: ['group-sales'],
    brandId: 'brand-aurore',
    enrolment: {
      status: 'ambassador',
      networks: [{ network: 'linkedin' }],
      languages: ['en'],
      preferences: { nudges: 'immediate', timeZone: 'UTC', showOnLeaderboards: true },
    },
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** The Teams ids the fixtures give a person: `29:` user id and personal conversation id. */
export function teamsIdsOf(personId: string): { teamsUserId: string; conversationId: string } {
  return { teamsUserId: `29:${personId}`, conversationId: `a:${personId}` };
}

/** Stores each person's conversation reference with the bot, reached at `serviceUrl` (the simulator). */
export async function installBotFor(
  repositories: Pick<Repositories, 'conversations'>,
  people: readonly PersonDoc[],
  serviceUrl: string,
): Promise<void> {
  const PARALLEL_WRITES = 50;
  for (let start = 0; start < people.length; start += PARALLEL_WRITES) {
    await Promise.all(
      people.slice(start, start + PARALLEL_WRITES).map((person) => {
        const conversation: ConversationDoc = {
          id: person.id,
          tenantId: person.tenantId,
          ...teamsIdsOf(person.id),
          serviceUrl,
          installedAt: '2026-11-01T00:00:00.000Z',
        };
        return repositories.conversations.upsert(conversation);
      }),
    );
  }
}
