import type { Preferences } from '@contract/enrolment';

const MINUTES_PER_DAY = 24 * 60;

/**
 * The first instant at or after `now` outside the person's quiet hours (local times in their time zone;
 * a window such as 21:00–08:00 runs over midnight). On the two nights a year the clocks change inside the
 * window, the answer may be an hour early or late: harmless for a nudge.
 */
export function nextAllowedInstant(
  preferences: Pick<Preferences, 'quietHours' | 'timeZone'>,
  now: Date,
): Date {
  const { quietHours, timeZone } = preferences;
  if (!quietHours) return now;
  const start = minutesOf(quietHours.start);
  const end = minutesOf(quietHours.end);
  if (start === end) return now;
  const { minutes, seconds } = localClock(now, timeZone);
  const quiet = start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
  if (!quiet) return now;
  const wait = (end - minutes + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return new Date(now.getTime() + (wait * 60 - seconds) * 1000 - now.getMilliseconds());
}

function minutesOf(clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

function localClock(at: Date, timeZone: string): { minutes: number; seconds: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value ?? 0);
  return { minutes: part('hour') * 60 + part('minute'), seconds: part('second') };
}
