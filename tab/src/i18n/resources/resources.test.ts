import { describe, expect, it } from 'vitest';
import { problemCodes } from '@contract/problem-codes';
import { en } from './en';
import { fr } from './fr';
import type { Messages } from './messages';
import { baseKey, flattenKeys, messageAt, placeholders, pluralSuffix } from './messageKeys';

const languages: Record<'en' | 'fr', Messages> = { en, fr };

function baseKeys(messages: Messages): string[] {
  return [...new Set(flattenKeys(messages).map(baseKey))].sort();
}

describe('FR and EN resources', () => {
  it('have the same keys', () => {
    expect(baseKeys(fr)).toEqual(baseKeys(en));
  });

  it('have every plural form each language needs', () => {
    for (const [language, messages] of Object.entries(languages)) {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const pluralBases = new Set(flattenKeys(messages).filter(pluralSuffix).map(baseKey));
      for (const base of pluralBases) {
        for (const category of categories) {
          expect(messageAt(messages, `${base}_${category}`), `${language} ${base}_${category}`).toBeTypeOf(
            'string',
          );
        }
      }
    }
  });

  it('use the same placeholders for the same message', () => {
    for (const key of flattenKeys(en)) {
      const frenchKey = pluralSuffix(key) ? `${baseKey(key)}_other` : key;
      expect(placeholders(messageAt(fr, frenchKey) ?? ''), key).toEqual(
        placeholders(messageAt(en, key) ?? ''),
      );
    }
  });

  it('have a text for every code the API may answer with, in each language', () => {
    for (const [language, messages] of Object.entries(languages)) {
      for (const code of problemCodes)
        expect(messageAt(messages, `problems.${code}`), `${language} ${code}`).toBeTypeOf('string');
    }
  });

  it('have no empty messages', () => {
    for (const [language, messages] of Object.entries(languages)) {
      for (const key of flattenKeys(messages))
        expect(messageAt(messages, key), `${language} ${key}`).not.toBe('');
    }
  });
});
