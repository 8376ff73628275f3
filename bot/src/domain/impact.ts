import type { Impact } from '@contract/impact';
import { networks } from '@contract/network';
import type { ShareDoc } from './documents';

const RECENT_SHARES = 10;

/** A person's impact from their shares alone: shares, the clicks each brought, and declared reach. */
export function computeImpact(shares: ShareDoc[]): Impact {
  const byNetwork = networks
    .map((network) => {
      const on = shares.filter((share) => share.network === network);
      return { network, ...figures(on) };
    })
    .filter((entry) => entry.shares > 0);

  const months = new Map<string, { shares: number; clicks: number }>();
  const add = (key: string, shareCount: number, clicks: number) => {
    const current = months.get(key) ?? { shares: 0, clicks: 0 };
    months.set(key, { shares: current.shares + shareCount, clicks: current.clicks + clicks });
  };
  for (const share of shares) {
    add(share.firstSharedAt.slice(0, 7), 1, 0);
    for (const [day, clicks] of Object.entries(share.clicksByDay)) add(day.slice(0, 7), 0, clicks);
  }

  return {
    totals: figures(shares),
    byNetwork,
    byMonth: [...months.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => ({ month: key, ...value })),
    recentShares: [...shares]
      .sort((a, b) => b.firstSharedAt.localeCompare(a.firstSharedAt))
      .slice(0, RECENT_SHARES)
      .map((share) => ({
        itemId: share.itemId,
        title: share.itemTitle,
        network: share.network,
        sharedAt: share.firstSharedAt,
        clicks: share.clicks,
      })),
  };
}

function figures(shares: ShareDoc[]) {
  return {
    shares: shares.length,
    clicks: shares.reduce((sum, share) => sum + share.clicks, 0),
    estimatedReach: shares.reduce((sum, share) => sum + share.audienceSize, 0),
  };
}
