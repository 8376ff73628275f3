import { describe, expect, it } from 'vitest';
import { hasFilters, libraryQueryString } from './libraryQueryString';

describe('libraryQueryString', () => {
  it('keeps only the filters that are set, trimmed and encoded', () => {
    expect(libraryQueryString({ q: '  usine & énergie ', network: 'x', brandId: '' }, { limit: 20 })).toBe(
      '?q=usine+%26+%C3%A9nergie&network=x&limit=20',
    );
  });

  it('adds the continuation token when reading on', () => {
    expect(libraryQueryString({}, { limit: 10, continuationToken: 'a+b/c=' })).toBe(
      '?limit=10&continuationToken=a%2Bb%2Fc%3D',
    );
  });

  it('writes every filter in a stable order', () => {
    expect(
      libraryQueryString(
        { brandId: 'b', language: 'fr', network: 'linkedin', campaignId: 'c', q: 'q' },
        { limit: 5 },
      ),
    ).toBe('?q=q&campaignId=c&network=linkedin&language=fr&brandId=b&limit=5');
  });
});

describe('hasFilters', () => {
  it('is false when nothing narrows the library, blanks included', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ q: '   ', brandId: '' })).toBe(false);
    expect(hasFilters({ language: 'en' })).toBe(true);
  });
});
