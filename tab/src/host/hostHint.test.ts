import { describe, expect, it } from 'vitest';
import { hasTeamsHostHint } from './hostHint';

describe('hasTeamsHostHint', () => {
  it('accepts the manifest hint in any case and among other parameters', () => {
    expect(hasTeamsHostHint('?host=teams')).toBe(true);
    expect(hasTeamsHostHint('?x=1&host=Teams')).toBe(true);
  });

  it('rejects a missing or different hint', () => {
    expect(hasTeamsHostHint('')).toBe(false);
    expect(hasTeamsHostHint('?host=outlook')).toBe(false);
    expect(hasTeamsHostHint('?hostteams')).toBe(false);
  });
});
