import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MISSING_TEXT, i18n, initI18n, loadTexts, setLanguage } from './i18n';

// One i18n instance per module, as in the tab: the steps below run in order on it.
describe('the texts of the tab', () => {
  beforeEach(() => vi.stubGlobal('document', { documentElement: { lang: '' } }));
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('start with the first screen only, and load a part when a page of it asks', async () => {
    await initI18n('fr');
    expect(i18n.exists('nav.library')).toBe(true);
    expect(i18n.exists('audit.actions.content.approved')).toBe(false);

    await loadTexts('programme', 'studio');
    expect(i18n.t('audit.actions.content.approved')).toBe('Contenu approuvé');
    expect(i18n.t('nav.library')).toBe('Bibliothèque');
  });

  it('come in the new language for every part loaded so far when the language changes', async () => {
    await setLanguage('en');
    expect(i18n.t('audit.actions.content.approved')).toBe('Content approved');
    expect(i18n.t('item.backToLibrary')).toBe('Back to all content');
    expect(document.documentElement.lang).toBe('en');
  });

  it('show a text neither language has as its fallback, named on the console for the end-to-end walk', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(i18n.t('audit.actions.nothing.ever', { defaultValue: 'nothing.ever' })).toBe('nothing.ever');
    expect(errors).toHaveBeenCalledWith(
      expect.stringMatching(new RegExp(`^${MISSING_TEXT} "audit.actions.nothing.ever"`)),
    );
  });
});
