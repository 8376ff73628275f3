import { describe, expect, it } from 'vitest';
import { mergeCampaigns } from './campaignOptions';

const campaign = (id: string) => ({ id, slug: id, name: { fr: `Campagne ${id}`, en: `Campaign ${id}` } });

describe('mergeCampaigns', () => {
  it('adds each new campaign once, in the order seen', () => {
    const merged = mergeCampaigns(
      [campaign('a')],
      [{ campaign: campaign('b') }, { campaign: campaign('a') }, { campaign: campaign('b') }],
    );
    expect(merged.map((entry) => entry.id)).toEqual(['a', 'b']);
  });

  it('returns the same list when nothing is new', () => {
    const known = [campaign('a')];
    expect(mergeCampaigns(known, [{ campaign: campaign('a') }])).toBe(known);
    expect(mergeCampaigns(known, [])).toBe(known);
  });
});
