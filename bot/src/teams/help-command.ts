import type { Locale } from '@contract/locale';

// Each accepted word maps to the language it hints at, used only when the activity carries no locale.
const helpWords: Readonly<Record<string, Locale>> = {
  help: 'en',
  '/help': 'en',
  '?': 'en',
  aide: 'fr',
  '/aide': 'fr',
};

/** The language a help request hints at, or undefined when the text is not a help request. */
export function helpRequestLocale(text: string | undefined): Locale | undefined {
  const word = text?.trim().toLowerCase();
  return word === undefined ? undefined : helpWords[word];
}
