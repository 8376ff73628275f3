import { createInstance } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { toLocale } from '@contract/locale';
import type { Locale } from '@contract/locale';
import { en } from './resources/en';
import { fr } from './resources/fr';

export const i18n = createInstance();

/** Both languages are bundled, so start-up is synchronous. */
export function initI18n(locale: Locale): void {
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: ['en', 'fr'],
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  document.documentElement.lang = locale;
}

export async function setLanguage(locale: Locale): Promise<void> {
  await i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
}

export function currentLocale(): Locale {
  return toLocale(i18n.resolvedLanguage ?? i18n.language);
}
