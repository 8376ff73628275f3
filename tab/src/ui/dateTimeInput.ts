import { TZDate } from '@date-fns/tz';

/**
 * `<input type="datetime-local">` holds a wall-clock time without a zone ("2026-06-14T09:30"); the API speaks
 * ISO instants. The tab types and shows every time in the person's profile time zone (named beside the
 * field), never the device's, so what is typed is what is shown afterwards.
 */
export function toDateTimeInput(iso: string | undefined, timeZone: string): string {
  if (!iso) return '';
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return '';
  const wall = new TZDate(instant, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${wall.getFullYear()}-${pad(wall.getMonth() + 1)}-${pad(wall.getDate())}T${pad(wall.getHours())}:${pad(wall.getMinutes())}`;
}

/** An ISO instant for a wall-clock time in the time zone, or undefined for an empty or incomplete value. */
export function fromDateTimeInput(value: string, timeZone: string): string | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!parts) return undefined;
  const [, year, month, day, hour, minute] = parts.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new TZDate(year, month - 1, day, hour, minute, timeZone);
  return Number.isNaN(date.getTime()) ? undefined : new Date(date.getTime()).toISOString();
}
