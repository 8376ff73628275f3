import { describe, expect, it } from 'vitest';
import { pickLocale } from './pickLocale';

describe('pickLocale', () => {
  it('prefers the Teams locale', () => {
    expect(pickLocale({ teams: 'fr-fr', saved: 'en', browser: 'en-US' })).toBe('fr');
    expect(pickLocale({ teams: 'de-de', saved: 'fr', browser: 'fr-FR' })).toBe('en');
  });

  it('then the saved locale', () => {
    expect(pickLocale({ saved: 'fr', browser: 'en-GB' })).toBe('fr');
  });

  it('then the browser language, English by default', () => {
    expect(pickLocale({ browser: 'fr-CA' })).toBe('fr');
    expect(pickLocale({ browser: 'es-ES' })).toBe('en');
    expect(pickLocale({})).toBe('en');
  });
});
