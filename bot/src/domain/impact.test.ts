import { describe, expect, it } from 'vitest';
import type { ShareDoc } from './documents';
import { computeImpact } from './impact';

const share = (
  network: ShareDoc['network'],
  firstSharedAt: string,
  audienceSize: number,
  clicksByDay: Record<string, number>,
) =>
  ({
    id: `${network}-${firstSharedAt}`,
    itemId: `item-${firstSharedAt}`,
    itemTitle: { fr: 'Titre', en: 'Title' },
    network,
    firstSharedAt,
    audienceSize,
    clicksByDay,
    clicks: Object.values(clicksByDay).reduce((a, b) => a + b, 0),
  }) as ShareDoc;

describe('computeImpact', () => {
  const shares = [
    share('linkedin', '2026-10-30T10:00:00Z', 500, { '2026-10-30': 3, '2026-11-02': 2 }),
    share('linkedin', '2026-11-05T10:00:00Z', 500, {}),
    share('x', '2026-11-06T10:00:00Z', 120, { '2026-11-06': 4 }),
  ];

  it('totals shares, clicks and declared reach', () => {
    expect(computeImpact(shares).totals).toEqual({ shares: 3, clicks: 9, estimatedReach: 1120 });
  });

  it('splits by network, leaving out networks never used', () => {
    expect(computeImpact(shares).byNetwork).toEqual([
      { network: 'linkedin', shares: 2, clicks: 5, estimatedReach: 1000 },
      { network: 'x', shares: 1, clicks: 4, estimatedReach: 120 },
    ]);
  });

  it('counts clicks in the month they happened, not the month of the share', () => {
    expect(computeImpact(shares).byMonth).toEqual([
      { month: '2026-10', shares: 1, clicks: 3 },
      { month: '2026-11', shares: 2, clicks: 6 },
    ]);
  });

  it('lists recent shares newest first', () => {
    expect(computeImpact(shares).recentShares.map((s) => s.network)).toEqual(['x', 'linkedin', 'linkedin']);
  });

  it('is all zeros for someone who never shared', () => {
    expect(computeImpact([])).toEqual({
      totals: { shares: 0, clicks: 0, estimatedReach: 0 },
      byNetwork: [],
      byMonth: [],
      recentShares: [],
    });
  });
});
