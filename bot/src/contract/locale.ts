import { z } from 'zod';
import { codedRule } from './problem-codes';

export const localeSchema = z.enum(['fr', 'en']);
export type Locale = z.infer<typeof localeSchema>;

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

export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isTimeZone, codedRule('field.notATimeZone', 'must be an IANA time zone such as Europe/Paris'));
