import type { ActionNotices } from '../domain/action-notices';
import { z } from 'zod';
import type { Locale } from '@contract/locale';
import { idSchema } from '@contract/web-address';
import type { Repositories } from '../store/repositories';
import { buildEventCard, eventCardVerbs } from '../chat/cards/event-card';
import type { EventCardVerb } from '../chat/cards/event-card';
import type { AdaptiveCard } from '../chat/cards/adaptive-card';
import { eventMessagesFor } from '../chat/event-messages';
import { cancelEventRegistration, registerForEvent } from './event-registrations';

/** Who pressed a button on an event card, as Teams tells it. */
export interface EventCardActor {
  tenantId: string;
  /** Entra object id. */
  personId: string;
  locale: Locale;
}

/** Answers a press on an event card with the card as it now stands, or a short text when there is no card. */
export type EventCardActions = (
  verb: EventCardVerb,
  actor: EventCardActor,
  data: unknown,
) => Promise<AdaptiveCard | string>;

const cardDataSchema = z.object({ eventId: idSchema });

export function createEventCardActions(
  repositories: Pick<Repositories, 'events' | 'people' | 'conversations' | 'outbox' | 'archive'>,
  notices?: ActionNotices,
  clock: () => Date = () => new Date(),
): EventCardActions {
  return async (verb, actor, data) => {
    const parsed = cardDataSchema.safeParse(data);
    const event = parsed.success
      ? await repositories.events.get(actor.tenantId, parsed.data.eventId)
      : undefined;
    if (!event || event.status === 'draft') return eventMessagesFor(actor.locale).notFound;
    const now = clock();
    const person = await repositories.people.get(actor.tenantId, actor.personId);
    if (!person) {
      return buildEventCard(
        event,
        { id: actor.personId, locale: actor.locale, timeZone: 'UTC' },
        now,
        'not-invited',
      );
    }
    const result =
      verb === eventCardVerbs.register
        ? await registerForEvent(repositories, person, event.id, now)
        : await cancelEventRegistration(repositories, actor.tenantId, person.id, event.id, now, notices);
    if (result.ok) return buildEventCard(result.event, person, now);
    return buildEventCard(result.event ?? event, person, now, result.reason);
  };
}
