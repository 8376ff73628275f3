import { createInstance } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { toLocale } from '@contract/locale';
import type { Locale } from '@contract/locale';
import type { Messages } from './resources/messages';

export const i18n = createInstance();

/** Begins the console error for a text neither language has (the end-to-end tests look for it). */
export const MISSING_TEXT = 'Missing text';

/**
 * The tab's texts come in parts, one file per language and part: a first visit loads only the language it
 * shows, and only the part its first screen needs. A page of another part loads that part first (`loadTexts`).
 */
export type TextPart = 'firstScreen' | 'programme' | 'studio';

const partsOf: Record<Locale, Record<TextPart, () => Promise<Messages>>> = {
  en: {
    firstScreen: () => import('./resources/en/firstScreen').then((module) => module.enFirstScreen),
    programme: () => import('./resources/en/programme').then((module) => module.enProgramme),
    studio: () => import('./resources/en/studio').then((module) => module.enStudio),
  },
  fr: {
    firstScreen: () => import('./resources/fr/firstScreen').then((module) => module.frFirstScreen),
    programme: () => import('./resources/fr/programme').then((module) => module.frProgramme),
    studio: () => import('./resources/fr/studio').then((module) => module.frStudio),
  },
};

/** The parts the tab has needed so far: a change of language loads each of them in the new language. */
const neededParts = new Set<TextPart>(['firstScreen']);

async function ensureTexts(locale: Locale, parts: Iterable<TextPart>): Promise<void> {
  await Promise.all(
    [...parts].map(async (part) => {
      const texts = await partsOf[locale][part]();
      // Parts share no top-level key, so adding one never replaces another's texts.
      i18n.addResourceBundle(locale, 'translation', texts, true, false);
    }),
  );
}

/** Resolves once the texts of these parts are loaded in the language shown: render what uses them after it. */
export async function loadTexts(...parts: TextPart[]): Promise<void> {
  for (const part of parts) neededParts.add(part);
  await ensureTexts(currentLocale(), parts);
}

/** Resolves once the texts of `locale` are loaded: render after it. */
export async function initI18n(locale: Locale): Promise<void> {
  await i18n.use(initReactI18next).init({
    resources: { [locale]: { translation: await partsOf[locale].firstScreen() } },
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: ['en', 'fr'],
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    // The resources are typed alike, so only a key built from data (an audit action, say) can be missing:
    // the page then shows a code, and the console says which text to write.
    saveMissing: true,
    missingKeyHandler: (languages, _namespace, key) =>
      // eslint-disable-next-line no-console -- the one place a missing text can be learnt from
      console.error(`${MISSING_TEXT} "${key}" (${languages.join(', ')})`),
  });
  document.documentElement.lang = locale;
}

export async function setLanguage(locale: Locale): Promise<void> {
  await ensureTexts(locale, neededParts);
  await i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
}

export function currentLocale(): Locale {
  return toLocale(i18n.resolvedLanguage ?? i18n.language);
}
