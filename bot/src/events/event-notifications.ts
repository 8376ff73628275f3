import { enqueueMessage } from '../delivery/enqueue-message';
import type { EnqueueOutcome } from '../delivery/enqueue-message';
import type { ActionNotices } from '../domain/action-notices';
import type { PersonDoc, ProgrammeEventDoc } from '../domain/documents';
import { isInvited } from '../domain/event-registration';
import type { Repositories } from '../store/repositories';
import { buildEventCard, eventCardSummary } from '../chat/cards/event-card';
import type { EventCardOccasion } from '../chat/cards/event-card';

type NotifyingRepositories = Pick<Repositories, 'conversations' | 'outbox' | 'archive' | 'people'>;

/** Invitations, once per event and ambassador: the whole audience when a manager publishes. */
export async function sendInvitations(
  repositories: NotifyingRepositories,
  event: ProgrammeEventDoc,
  now: Date,
): Promise<EnqueueOutcome> {
  const ambassadors = await repositories.people.ambassadors(event.tenantId);
  const audience = ambassadors.filter((person) => isInvited(person, event));
  return send(repositories, event, audience, 'invitation', `${event.id}:invitation`, now);
}

/** Tells everyone registered or waiting that the event will not take place. */
export async function sendCancellationNotices(
  repositories: NotifyingRepositories,
  event: ProgrammeEventDoc,
  now: Date,
): Promise<EnqueueOutcome> {
  const people = await peopleOf(repositories, event, [...event.registered, ...event.waitlist]);
  return send(repositories, event, people, 'cancellation', `${event.id}:cancelled`, now);
}

/** The day-before reminder; its message id makes it one per person and event, however often the job runs. */
export async function sendReminders(
  repositories: NotifyingRepositories,
  event: ProgrammeEventDoc,
  now: Date,
): Promise<EnqueueOutcome> {
  const people = await peopleOf(repositories, event, event.registered);
  return send(repositories, event, people, 'reminder', `${event.id}:reminder`, now);
}

/**
 * Tells people taken off the waitlist that they have a seat: where the notice is announced (the activity
 * feed), by that alone, otherwise by a card in chat. The card's message id names their waitlist entry, so one
 * entry is announced once, and a person who registers again later hears about their new seat too.
 */
export async function sendPromotions(
  repositories: NotifyingRepositories,
  before: ProgrammeEventDoc,
  after: ProgrammeEventDoc,
  now: Date,
  notices?: ActionNotices,
): Promise<void> {
  const promoted = before.waitlist.filter((entry) =>
    after.registered.some((seat) => seat.personId === entry.personId),
  );
  for (const entry of promoted) {
    const people = await peopleOf(repositories, after, [entry]);
    const announced = await notices?.announce({
      kind: 'seatFreedUp',
      tenantId: after.tenantId,
      recipients: people,
      subject: after.title,
    });
    if (announced) continue;
    const messageId = `${after.id}:promoted:${Date.parse(entry.at)}`;
    await send(repositories, after, people, 'promoted', messageId, now);
  }
}

function send(
  repositories: NotifyingRepositories,
  event: ProgrammeEventDoc,
  recipients: PersonDoc[],
  occasion: EventCardOccasion,
  messageId: string,
  now: Date,
): Promise<EnqueueOutcome> {
  return enqueueMessage(
    repositories,
    {
      tenantId: event.tenantId,
      messageId,
      kind: 'event',
      recipients,
      render: (person) => ({
        card: buildEventCard(event, person, now, occasion),
        summary: eventCardSummary(event, person.locale, occasion),
      }),
    },
    now,
  );
}

async function peopleOf(
  repositories: Pick<Repositories, 'people'>,
  event: ProgrammeEventDoc,
  entries: readonly { personId: string }[],
): Promise<PersonDoc[]> {
  const people = await Promise.all(
    entries.map((entry) => repositories.people.get(event.tenantId, entry.personId)),
  );
  return people.filter((person): person is PersonDoc => person !== undefined);
}
