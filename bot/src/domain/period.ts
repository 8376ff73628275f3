const DAY_MS = 86_400_000;

/**
 * A period as people give it, as instants the store compares: a day given alone counts whole (in UTC), so
 * `to=2026-03-31` includes that day; an exact instant is taken as it is (`to` exclusive).
 */
export function periodBounds(period: { from?: string; to?: string }): { from?: string; to?: string } {
  const instant = (value: string, endOfDay: boolean) =>
    value.length > 10
      ? new Date(value).toISOString()
      : new Date(Date.parse(`${value}T00:00:00Z`) + (endOfDay ? DAY_MS : 0)).toISOString();
  return {
    ...(period.from ? { from: instant(period.from, false) } : {}),
    ...(period.to ? { to: instant(period.to, true) } : {}),
  };
}
