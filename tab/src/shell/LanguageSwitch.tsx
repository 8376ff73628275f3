import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { locales } from '@contract/locale';
import type { Locale } from '@contract/locale';
import { updateMe } from '../api/me';
import { currentLocale, setLanguage } from '../i18n/i18n';
import { useSession } from '../session/sessionContext';

// Each language is named in itself, whatever the current language.
const languageNames: Record<Locale, string> = { fr: 'Français', en: 'English' };

const useStyles = makeStyles({
  root: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

export interface LanguageSwitchProps {
  /** Told when saving fails (with the error) or is tried again (with undefined). */
  onSaveError: (error: unknown, retry?: () => void) => void;
}

/** FR / EN: saves the choice to the person's profile and switches the tab's language. */
export function LanguageSwitch({ onSaveError }: LanguageSwitchProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { replaceMe } = useSession();
  const [saving, setSaving] = useState(false);
  const current = currentLocale();

  // Saved first, then switched: an error then reads in the language the person is still using.
  async function choose(locale: Locale) {
    if (saving || locale === current) return;
    setSaving(true);
    onSaveError(undefined);
    try {
      const me = await updateMe({ locale });
      await setLanguage(me.locale);
      replaceMe(me);
    } catch (error) {
      onSaveError(error, () => void choose(locale));
    } finally {
      setSaving(false);
    }
  }

  return (
    <div role="group" aria-label={t('language.label')} aria-busy={saving} className={styles.root}>
      {locales.map((locale) => (
        <ToggleButton
          key={locale}
          size="small"
          appearance={locale === current ? 'primary' : 'subtle'}
          checked={locale === current}
          disabledFocusable={saving}
          lang={locale}
          // The accessible name starts with the visible text (WCAG 2.5.3), then says the language in full.
          aria-label={`${locale.toUpperCase()}, ${languageNames[locale]}`}
          title={saving ? t('language.saving') : languageNames[locale]}
          onClick={() => void choose(locale)}
        >
          {locale.toUpperCase()}
        </ToggleButton>
      ))}
    </div>
  );
}
