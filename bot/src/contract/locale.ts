/**
 * Languages and time zones as plain values and checks, without zod: the tab's first screen reads them, and a
 * module that builds schemas would bring zod onto it (their schemas are in locale-schemas.ts).
 */
export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Maps a BCP 47 tag from Teams or a browser ("fr-FR", "en-us") to a supported language, English by default. */
export function toLocale(tag: string | undefined | null): Locale {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
