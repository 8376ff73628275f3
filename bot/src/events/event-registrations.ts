import type { ActionNotices } from '../domain/action-notices';
import type { PersonDoc, ProgrammeEventDoc } from '../domain/documents';
import { cancelRegistration, register } from '../domain/event-registration';
import type { RegistrationRefusal } from '../domain/event-registration';
import type { Repositories } from '../store/repositories';
import { sendPromotions } from './event-notifications';

export type RegistrationResult =
  | { ok: true; event: ProgrammeEventDoc }
  | { ok: false; reason: RegistrationRefusal; event?: ProgrammeEventDoc };

/** Thrown inside the guarded write to stop it without writing; carries the refusal out. */
class Refused extends Error {
  constructor(
    readonly reason: RegistrationRefusal,
    readonly event: ProgrammeEventDoc,
  ) {
    super(reason);
  }
}

/**
 * Registers a person for an event, from the tab or a card: one ETag-guarded write on the event decides, on its
 * latest version, between a seat and the waitlist, so concurrent registrations never exceed the capacity.
 */
export async function registerForEvent(
  repositories: Pick<Repositories, 'events'>,
  person: PersonDoc,
  eventId: string,
  now: Date,
): Promise<RegistrationResult> {
  return decide(repositories, person.tenantId, eventId, (current) => {
    const decision = register(current, person, now);
    if (!decision.ok) throw new Refused(decision.reason, current);
    return decision.value.event === current ? undefined : decision.value.event;
  });
}

/** Gives up a seat or a place in line; a freed seat goes to the first waiting, who is told (`sendPromotions`). */
export async function cancelEventRegistration(
  repositories: Pick<Repositories, 'events' | 'conversations' | 'outbox' | 'archive' | 'people'>,
  tenantId: string,
  personId: string,
  eventId: string,
  now: Date,
  notices?: ActionNotices,
): Promise<RegistrationResult> {
  let promotedFrom: ProgrammeEventDoc | undefined;
  const result = await decide(repositories, tenantId, eventId, (current) => {
    const decision = cancelRegistration(current, personId, now);
    if (!decision.ok) throw new Refused(decision.reason, current);
    const unchanged =
      decision.value.event.registered.length === current.registered.length &&
      decision.value.event.waitlist.length === current.waitlist.length;
    promotedFrom = decision.value.promoted.length > 0 ? current : undefined;
    return unchanged ? undefined : decision.value.event;
  });
  if (result.ok && promotedFrom) await sendPromotions(repositories, promotedFrom, result.event, now, notices);
  return result;
}

async function decide(
  repositories: Pick<Repositories, 'events'>,
  tenantId: string,
  eventId: string,
  change: (current: ProgrammeEventDoc) => ProgrammeEventDoc | undefined,
): Promise<RegistrationResult> {
  try {
    const outcome = await repositories.events.decide(tenantId, eventId, change);
    return outcome ? { ok: true, event: outcome.after } : { ok: false, reason: 'not-found' };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason, event: error.event };
    throw error;
  }
}
