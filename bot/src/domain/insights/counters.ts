import type { ActivityEventDoc } from '../documents';

/** What the counters count; `reach` is the Σ of declared audiences over shares (estimated reach). */
export const counterNames = [
  'shares',
  'clicks',
  'reach',
  'joins',
  'leaves',
  'proposals',
  'pollVotes',
  'nudgesSent',
  'nudgesActed',
] as const;
export type CounterName = (typeof counterNames)[number];

/** A set of counters; absent ones are zero, so documents only carry what happened. */
export type Counts = Partial<Record<CounterName, number>>;

/** The counters one event moves. */
export function countsOf(event: ActivityEventDoc): Counts {
  switch (event.type) {
    case 'share':
      return { shares: 1, reach: event.audienceSize ?? 0 };
    case 'click':
      return { clicks: 1 };
    case 'join':
      return { joins: 1 };
    case 'leave':
      return { leaves: 1 };
    case 'proposal':
      return { proposals: 1 };
    case 'poll.vote':
      return { pollVotes: 1 };
    case 'nudge.sent':
      return { nudgesSent: 1 };
    case 'nudge.acted':
      return { nudgesActed: 1 };
    // Training progress is read from the learners' progress, not from Insights' counters.
    case 'learning.module':
    case 'learning.path':
      return {};
  }
}

export function count(counts: Counts | undefined, name: CounterName): number {
  return counts?.[name] ?? 0;
}

/** The sum of several sets of counters. */
export function sumCounts(all: Iterable<Counts | undefined>): Counts {
  const total: Counts = {};
  for (const counts of all) addInto(total, counts);
  return total;
}

function addInto(total: Counts, counts: Counts | undefined): void {
  if (!counts) return;
  for (const name of counterNames) {
    const value = counts[name];
    if (value) total[name] = (total[name] ?? 0) + value;
  }
}

/** A tree of counters (e.g. campaign → network → counts) added to another, leaf by leaf; neither is changed. */
export type CountTree = { [key: string]: number | CountTree };

export function addTrees<T extends CountTree>(base: T, delta: CountTree): T {
  const result: CountTree = { ...base };
  for (const [key, value] of Object.entries(delta)) {
    const current = result[key];
    if (typeof value === 'number') {
      result[key] = (typeof current === 'number' ? current : 0) + value;
    } else {
      result[key] = addTrees(typeof current === 'object' ? current : {}, value);
    }
  }
  return result as T;
}

/** Adds one event's counters under a path of keys (e.g. `['byCampaign', campaignId]`) of a tree being built. */
export function addAt(tree: CountTree, path: readonly string[], counts: Counts): void {
  let node = tree;
  for (const key of path) {
    const next = node[key];
    if (typeof next === 'object') node = next;
    else node = node[key] = {};
  }
  for (const name of counterNames) {
    const value = counts[name];
    if (value) node[name] = ((node[name] as number | undefined) ?? 0) + value;
  }
}
