import { describe, expect, it } from 'vitest';
import { contentReach } from './content-reach';

describe('where published content stands', () => {
  it('follows its campaign: invisible while a draft, waiting until it starts, visible while live', () => {
    expect(contentReach('published', 'draft')).toBe('waiting-for-campaign');
    expect(contentReach('published', 'scheduled')).toBe('waiting-for-start');
    expect(contentReach('published', 'live')).toBe('visible');
    expect(contentReach('published', 'ended')).toBe('campaign-over');
    expect(contentReach('published', 'archived')).toBe('campaign-over');
  });

  it('says nothing before publication, or without a campaign', () => {
    expect(contentReach('approved', 'live')).toBeUndefined();
    expect(contentReach('published', undefined)).toBeUndefined();
  });
});
