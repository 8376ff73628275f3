import { createInstance } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { toLocale } from '@contract/locale';
import type { Locale } from '@contract/locale';
import type { Messages } from './resources/messages';

export const i18n = createInstance();

/** Begins the console error for a text neither language has (the end-to-end tests look for it). */
export const MISSING_TEXT = 'Missing text';

/** Each language's texts are a file of their own: a first visit loads only the language it shows. */
const textsOf: Record<Locale, () => Promise<Messages>> = {
  en: () => import('./resources/en').then((module) => module.en),
  fr: () => import('./resources/fr').then((module) => module.fr),
};

async function ensureTexts(locale: Locale): Promise<void> {
  if (!i18n.hasResourceBundle(locale, 'translation')) {
    i18n.addResourceBundle(locale, 'translation', await textsOf[locale]());
  }
}

/** Resolves once the texts of `locale` are loaded: render after it. */
export async function initI18n(locale: Locale): Promise<void> {
  await i18n.use(initReactI18next).init({
    resources: { [locale]: { translation: await textsOf[locale]() } },
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
  await ensureTexts(locale);
  await i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
}

export function currentLocale(): Locale {
  return toLocale(i18n.resolvedLanguage ?? i18n.language);
}
