import { describe, expect, it } from 'vitest';
import { messageTables } from './messages';

describe('message tables', () => {
  const { en, fr } = messageTables;

  it('have the same keys in French and English', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('translate every message', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(fr[key].trim(), key).not.toBe('');
      expect(fr[key], key).not.toBe(en[key]);
    }
  });
});
