import { afterEach, describe, expect, it, vi } from 'vitest';
import { MISSING_TEXT, i18n, initI18n } from './i18n';

describe('a text neither language has', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is shown as its fallback and named on the console, where the end-to-end walk looks for it', async () => {
    vi.stubGlobal('document', { documentElement: { lang: '' } });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await initI18n('fr');

    expect(i18n.t('audit.actions.content.approved')).toBe('Contenu approuvé');
    expect(errors).not.toHaveBeenCalled();

    expect(i18n.t('audit.actions.nothing.ever', { defaultValue: 'nothing.ever' })).toBe('nothing.ever');
    expect(errors).toHaveBeenCalledWith(
      expect.stringMatching(new RegExp(`^${MISSING_TEXT} "audit.actions.nothing.ever"`)),
    );
  });
});
