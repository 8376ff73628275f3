import { describe, expect, it } from 'vitest';
import { localized } from './localized';

describe('localized', () => {
  it('reads the text in the person’s language', () => {
    expect(localized({ fr: 'Bonjour', en: 'Hello' }, 'fr')).toBe('Bonjour');
    expect(localized({ fr: 'Bonjour', en: 'Hello' }, 'en')).toBe('Hello');
  });

  it('falls back to the other language when the text is missing', () => {
    expect(localized({ fr: 'Bonjour', en: '' }, 'en')).toBe('Bonjour');
    expect(localized({ fr: '  ', en: 'Hello' }, 'fr')).toBe('Hello');
  });
});
