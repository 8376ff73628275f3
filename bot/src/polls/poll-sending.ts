import { enqueueMessage } from '../delivery/enqueue-message';
import type { EnqueueOutcome } from '../delivery/enqueue-message';
import type { PersonDoc, PollDoc } from '../domain/documents';
import { isInAudience } from '../domain/targeting';
import type { Repositories } from '../store/repositories';
import { buildPollCard } from '../chat/cards/poll-card';

/** Queues the poll's card for every ambassador of its audience, each in their own language. */
export async function sendPollToAudience(
  repositories: Pick<Repositories, 'people' | 'conversations' | 'outbox' | 'archive'>,
  poll: PollDoc,
  now: Date,
): Promise<EnqueueOutcome> {
  const ambassadors = await repositories.people.ambassadors(poll.tenantId);
  return enqueueMessage(
    repositories,
    {
      tenantId: poll.tenantId,
      messageId: poll.id,
      kind: 'poll',
      recipients: ambassadors.filter((person) => isInAudience(person, poll)),
      render: (person: PersonDoc) => ({
        card: buildPollCard({ poll, status: 'open' }, { locale: person.locale, timeZone: person.timeZone }),
        summary: poll.question[person.locale],
      }),
    },
    now,
  );
}
