import type { Locale } from '@contract/locale';
import type { ProgrammeEventDoc } from '../../domain/documents';
import type { RegistrationRefusal } from '../../domain/event-registration';
import { isRegistrationOpen, registrationOf, seatsLeft } from '../../domain/event-registration';
import { eventMessagesFor } from '../event-messages';
import { fill, formattingTag } from '../messages';
import type { EventMessages } from '../event-messages';
import { adaptiveCard, paragraph, title } from './adaptive-card';
import type { IOpenUrlAction } from '@microsoft/teams.cards';
import type { AdaptiveCard, ExecuteAction, TextBlock } from './adaptive-card';

/** The `Action.Execute` verbs of event cards; the bot routes them to the event service. */
export const eventCardVerbs = { register: 'event.register', cancel: 'event.cancel' } as const;
export type EventCardVerb = (typeof eventCardVerbs)[keyof typeof eventCardVerbs];

/** Why the card is sent or shown again: it opens with a line saying so. */
export type EventCardOccasion = 'invitation' | 'reminder' | 'promoted' | 'cancellation' | RegistrationRefusal;

export interface EventCardReader {
  id: string;
  locale: Locale;
  timeZone: string;
}

/**
 * One card for every moment of an event, as one person sees it now: the event, their place (registered,
 * waitlisted at position n, full, closed, cancelled), and the one action that makes sense for them.
 */
export function buildEventCard(
  event: ProgrammeEventDoc,
  reader: EventCardReader,
  now: Date,
  occasion?: EventCardOccasion,
): AdaptiveCard {
  const m = eventMessagesFor(reader.locale);
  const facts = [{ title: m.when, value: formatPeriod(event, reader) }];
  if (event.place) facts.push({ title: m.where, value: event.place });
  if (event.onlineUrl) facts.push({ title: m.online, value: event.onlineUrl });
  const body: AdaptiveCard['body'] = [
    ...(occasion ? [headline(occasionText(m, occasion))] : []),
    title(event.title[reader.locale]),
    { type: 'FactSet', facts },
    paragraph(event.description[reader.locale]),
    { ...paragraph(statusText(m, event, reader.id, now)), weight: 'Bolder' },
  ];
  const actions: (ExecuteAction | IOpenUrlAction)[] = [...registrationActions(m, event, reader.id, now)];
  if (event.onlineUrl && event.status !== 'cancelled') {
    actions.push({ type: 'Action.OpenUrl', title: m.joinOnline, url: event.onlineUrl });
  }
  return adaptiveCard(body, actions.length > 0 ? actions : undefined);
}

/** What Teams shows in the notification for the card. */
export function eventCardSummary(
  event: ProgrammeEventDoc,
  locale: Locale,
  occasion: EventCardOccasion,
): string {
  return `${occasionText(eventMessagesFor(locale), occasion)}: ${event.title[locale]}`;
}

function headline(text: string): TextBlock {
  return { type: 'TextBlock', text, wrap: true, weight: 'Bolder', isSubtle: true };
}

function occasionText(m: EventMessages, occasion: EventCardOccasion): string {
  const texts: Record<EventCardOccasion, string> = {
    invitation: m.invitation,
    reminder: m.reminder,
    promoted: m.promoted,
    cancellation: m.cancellationNotice,
    'not-found': m.notFound,
    'not-invited': m.notInvited,
    closed: m.closed,
    cancelled: m.cancelledEvent,
    started: m.started,
  };
  return texts[occasion];
}

function statusText(m: EventMessages, event: ProgrammeEventDoc, personId: string, now: Date): string {
  if (event.status === 'cancelled') return m.cancelledEvent;
  const registration = registrationOf(event, personId);
  if (registration.status === 'registered') return m.registered;
  if (registration.status === 'waitlisted') return fill(m.waitlisted, { position: registration.position });
  if (!isRegistrationOpen(event, now)) return m.closed;
  const seats = seatsLeft(event);
  return seats > 0 ? fill(m.seatsLeft, { seats, capacity: event.capacity }) : m.full;
}

function registrationActions(
  m: EventMessages,
  event: ProgrammeEventDoc,
  personId: string,
  now: Date,
): ExecuteAction[] {
  if (event.status !== 'published' || now.getTime() >= Date.parse(event.startsAt)) return [];
  const data = { eventId: event.id };
  const registration = registrationOf(event, personId);
  if (registration.status === 'none') {
    if (!isRegistrationOpen(event, now)) return [];
    const label = seatsLeft(event) > 0 ? m.register : m.joinWaitlist;
    return [{ type: 'Action.Execute', title: label, verb: eventCardVerbs.register, data }];
  }
  const label = registration.status === 'registered' ? m.cancelRegistration : m.leaveWaitlist;
  return [{ type: 'Action.Execute', title: label, verb: eventCardVerbs.cancel, data }];
}

/** The event's start and end in the reader's language and time zone. */
export function formatPeriod(
  event: Pick<ProgrammeEventDoc, 'startsAt' | 'endsAt'>,
  reader: Pick<EventCardReader, 'locale' | 'timeZone'>,
): string {
  const format = new Intl.DateTimeFormat(formattingTag(reader.locale), {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: reader.timeZone,
  });
  return `${format.formatRange(new Date(event.startsAt), new Date(event.endsAt))} (${reader.timeZone})`;
}
