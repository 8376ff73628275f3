import type { ActionNotices } from '../domain/action-notices';
import type { EventRegistration, ProgrammeEventDoc } from '../domain/documents';
import { cancelRegistration } from '../domain/event-registration';
import type { Repositories } from '../store/repositories';
import { sendPromotions } from './event-notifications';

/**
 * A person who asks for erasure gives up their places at events still to come (the first waiting get them, and
 * are told, as anyone given a seat is); at past or cancelled events their place stays, credited to their pseudonym, so the counts hold.
 */
export async function forgetInEvents(
  repositories: Pick<Repositories, 'events' | 'people' | 'conversations' | 'outbox' | 'archive'>,
  tenantId: string,
  personId: string,
  pseudonym: string,
  now: Date,
  notices?: ActionNotices,
): Promise<void> {
  for (const event of await repositories.events.withPerson(tenantId, personId)) {
    const outcome = await repositories.events.decide(tenantId, event.id, (current) => {
      const cancelled = cancelRegistration(current, personId, now);
      return cancelled.ok ? cancelled.value.event : renamed(current, personId, pseudonym);
    });
    if (outcome) await sendPromotions(repositories, outcome.before, outcome.after, now, notices);
  }
}

function renamed(event: ProgrammeEventDoc, personId: string, pseudonym: string): ProgrammeEventDoc {
  const rename = (entry: EventRegistration) =>
    entry.personId === personId ? { ...entry, personId: pseudonym } : entry;
  return { ...event, registered: event.registered.map(rename), waitlist: event.waitlist.map(rename) };
}
