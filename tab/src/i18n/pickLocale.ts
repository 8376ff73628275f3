import { toLocale } from '@contract/locale';
import type { Locale } from '@contract/locale';

export interface LocaleSources {
  /** From the Teams context, when the tab runs inside Teams. */
  teams?: string;
  /** The person's saved preference from /api/v1/me. */
  saved?: Locale;
  /** navigator.language. */
  browser?: string;
}

/** Teams first, then the person's saved choice, then the browser. */
export function pickLocale({ teams, saved, browser }: LocaleSources): Locale {
  if (teams) return toLocale(teams);
  return saved ?? toLocale(browser);
}
