import { MAX_EVENT_CAPACITY } from '@contract/events';
import type { ProgrammeEvent, ProgrammeEventInput } from '@contract/events';
import type { Locale } from '@contract/locale';
import { isWebAddress } from '@contract/web-address';
import { fromDateTimeInput, toDateTimeInput } from '../../../ui/dateTimeInput';

/** The event form as the manager fills it in: dates as typed in local time, the capacity as text. */
export interface EventFormValues {
  titleFr: string;
  titleEn: string;
  descriptionFr: string;
  descriptionEn: string;
  startsAt: string;
  endsAt: string;
  registrationClosesAt: string;
  place: string;
  onlineUrl: string;
  capacity: string;
  groupIds: string[];
  brandIds: string[];
  languages: Locale[];
}

export type EventField =
  | 'titleFr'
  | 'titleEn'
  | 'descriptionFr'
  | 'descriptionEn'
  | 'startsAt'
  | 'endsAt'
  | 'registrationClosesAt'
  | 'place'
  | 'onlineUrl'
  | 'capacity';

/** Why a field is refused, each translated under `events.studio.editor.errors`. */
export type EventProblem = 'required' | 'date' | 'period' | 'deadline' | 'url' | 'location' | 'capacity';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** A new event: in four weeks, two hours long, registration closing two days before, 50 seats. */
export function newEventForm(now: Date, timeZone: string): EventFormValues {
  const start = new Date(Math.ceil((now.getTime() + 28 * DAY_MS) / HOUR_MS) * HOUR_MS);
  return {
    titleFr: '',
    titleEn: '',
    descriptionFr: '',
    descriptionEn: '',
    startsAt: toDateTimeInput(start.toISOString(), timeZone),
    endsAt: toDateTimeInput(new Date(start.getTime() + 2 * HOUR_MS).toISOString(), timeZone),
    registrationClosesAt: toDateTimeInput(new Date(start.getTime() - 2 * DAY_MS).toISOString(), timeZone),
    place: '',
    onlineUrl: '',
    capacity: '50',
    groupIds: [],
    brandIds: [],
    languages: [],
  };
}

export function eventFormFrom(event: ProgrammeEvent, timeZone: string): EventFormValues {
  return {
    titleFr: event.title.fr,
    titleEn: event.title.en,
    descriptionFr: event.description.fr,
    descriptionEn: event.description.en,
    startsAt: toDateTimeInput(event.startsAt, timeZone),
    endsAt: toDateTimeInput(event.endsAt, timeZone),
    registrationClosesAt: toDateTimeInput(event.registrationClosesAt, timeZone),
    place: event.place ?? '',
    onlineUrl: event.onlineUrl ?? '',
    capacity: String(event.capacity),
    groupIds: [...event.audience.groupIds],
    brandIds: [...event.audience.brandIds],
    languages: [...event.audience.languages],
  };
}

export type EventValidation =
  | { ok: true; input: ProgrammeEventInput }
  | { ok: false; problems: Partial<Record<EventField, EventProblem>> };

/** The same rules as the API, checked before sending so each field says what is wrong. */
export function validateEventForm(values: EventFormValues, timeZone: string): EventValidation {
  const problems: Partial<Record<EventField, EventProblem>> = {};
  for (const field of ['titleFr', 'titleEn', 'descriptionFr', 'descriptionEn'] as const) {
    if (!values[field].trim()) problems[field] = 'required';
  }
  const startsAt = fromDateTimeInput(values.startsAt, timeZone);
  const endsAt = fromDateTimeInput(values.endsAt, timeZone);
  const closesAt = fromDateTimeInput(values.registrationClosesAt, timeZone);
  if (!startsAt) problems.startsAt = 'date';
  if (!endsAt) problems.endsAt = 'date';
  else if (startsAt && endsAt <= startsAt) problems.endsAt = 'period';
  if (!closesAt) problems.registrationClosesAt = 'date';
  else if (startsAt && closesAt > startsAt) problems.registrationClosesAt = 'deadline';
  const place = values.place.trim();
  const onlineUrl = values.onlineUrl.trim();
  if (onlineUrl && !isWebAddress(onlineUrl)) problems.onlineUrl = 'url';
  if (!place && !onlineUrl) problems.place = 'location';
  const capacity = /^\d{1,4}$/.test(values.capacity.trim()) ? Number(values.capacity.trim()) : 0;
  if (capacity < 1 || capacity > MAX_EVENT_CAPACITY) problems.capacity = 'capacity';
  if (Object.keys(problems).length > 0 || !startsAt || !endsAt || !closesAt) return { ok: false, problems };
  return {
    ok: true,
    input: {
      title: { fr: values.titleFr.trim(), en: values.titleEn.trim() },
      description: { fr: values.descriptionFr.trim(), en: values.descriptionEn.trim() },
      startsAt,
      endsAt,
      registrationClosesAt: closesAt,
      ...(place ? { place } : {}),
      ...(onlineUrl ? { onlineUrl } : {}),
      capacity,
      audience: { groupIds: values.groupIds, brandIds: values.brandIds, languages: values.languages },
    },
  };
}
