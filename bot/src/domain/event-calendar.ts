import type { Locale } from '@contract/locale';
import type { ProgrammeEventDoc } from './documents';

/**
 * The event as an iCalendar (RFC 5545) file, for "add to my calendar": times in UTC, text escaped, lines
 * folded at 75 octets as the standard asks.
 */
export function toICalendar(event: ProgrammeEventDoc, locale: Locale, now: Date): string {
  const location = [event.place, event.onlineUrl].filter(Boolean).join(' — ');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ambassade//Events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.id}@ambassade`,
    `DTSTAMP:${utc(now)}`,
    `DTSTART:${utc(new Date(event.startsAt))}`,
    `DTEND:${utc(new Date(event.endsAt))}`,
    `SUMMARY:${escapeText(event.title[locale])}`,
    `DESCRIPTION:${escapeText(event.description[locale])}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    ...(event.onlineUrl ? [`URL:${event.onlineUrl}`] : []),
    `STATUS:${event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

function utc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Splits a line into 75-octet pieces, continued by a space, never inside a UTF-8 character. */
function fold(line: string): string {
  const pieces: string[] = [];
  let current = '';
  for (const character of line) {
    const limit = pieces.length === 0 ? 75 : 74;
    if (Buffer.byteLength(current + character) > limit) {
      pieces.push(current);
      current = '';
    }
    current += character;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}
