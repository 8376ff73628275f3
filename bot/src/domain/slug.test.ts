import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from './slug';

describe('campaign slugs', () => {
  it('are lower case ASCII words joined by hyphens', () => {
    expect(slugify('Douai recrute : l’aventure électrique !')).toBe('douai-recrute-laventure-electrique');
    expect(slugify('  Recharge  Soleil 2026 ')).toBe('recharge-soleil-2026');
  });

  it('stay short and never end with a hyphen', () => {
    const slug = slugify(`${'a'.repeat(59)} b`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('fall back to a word when nothing is left', () => {
    expect(slugify('!!!')).toBe('campaign');
  });

  it('are unique within the tenant: a number is added when taken', () => {
    expect(uniqueSlug('Douai recrute', new Set())).toBe('douai-recrute');
    expect(uniqueSlug('Douai recrute', new Set(['douai-recrute']))).toBe('douai-recrute-2');
    expect(uniqueSlug('Douai recrute', new Set(['douai-recrute', 'douai-recrute-2']))).toBe(
      'douai-recrute-3',
    );
  });
});
