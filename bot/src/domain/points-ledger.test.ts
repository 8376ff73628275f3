import { describe, expect, it } from 'vitest';
import type { ActivityEventDoc } from './documents';
import { addEntries, creditEvents, noCounts } from './points-ledger';
import { defaultPointsRules, pointsRulesOf } from './points-rules';

const rules = { ...defaultPointsRules, clickCapPerItemPerDay: 2 };
let sequence = 0;
const event = (type: ActivityEventDoc['type'], at: string, extra: Partial<ActivityEventDoc> = {}) =>
  ({
    id: `event-${++sequence}`,
    tenantId: 'tenant',
    type,
    at,
    personId: 'person-1',
    groupIds: ['group-a'],
    ...extra,
  }) satisfies ActivityEventDoc;

describe('creditEvents', () => {
  it('gives each contribution the points of its rule, keyed by the event id', () => {
    const events = [
      event('share', '2026-11-20T09:00:00Z', { itemId: 'item-1', campaignId: 'campaign-1' }),
      event('poll.vote', '2026-11-20T09:05:00Z'),
      event('proposal', '2026-11-20T09:10:00Z'),
      event('nudge.sent', '2026-11-20T09:15:00Z'),
      event('join', '2026-11-20T09:20:00Z'),
    ];
    const { entries } = creditEvents(events, rules, {}, 'batch-1');
    expect(entries.map((entry) => [entry.id, entry.type, entry.points])).toEqual([
      [events[0]!.id, 'share', rules.share],
      [events[1]!.id, 'poll.vote', rules.pollVote],
      [events[2]!.id, 'proposal', rules.proposal],
    ]);
    expect(entries[0]).toMatchObject({ batchId: 'batch-1', campaignId: 'campaign-1', groupIds: ['group-a'] });
  });

  it('caps clicks per item per day, counting clicks credited by earlier batches', () => {
    const click = (itemId: string, at: string) => event('click', at, { itemId });
    const first = creditEvents(
      [click('item-1', '2026-11-20T08:00:00Z'), click('item-1', '2026-11-20T09:00:00Z')],
      rules,
      {},
      'batch-1',
    );
    expect(first.entries).toHaveLength(2);
    const second = creditEvents(
      [
        click('item-1', '2026-11-20T10:00:00Z'), // third of the day on item-1: over the cap
        click('item-2', '2026-11-20T10:00:00Z'), // another item: its own cap
        click('item-1', '2026-11-21T07:00:00Z'), // the next day: a new cap
      ],
      rules,
      first.clickTally,
      'batch-2',
    );
    expect(second.entries.map((entry) => entry.at)).toEqual(['2026-11-20T10:00:00Z', '2026-11-21T07:00:00Z']);
    expect(second.clickTally).toEqual({
      '2026-11-20|item-1': 2,
      '2026-11-20|item-2': 1,
      '2026-11-21|item-1': 1,
    });
  });

  it('forgets the tallies of days before yesterday', () => {
    const { clickTally } = creditEvents(
      [event('click', '2026-11-22T10:00:00Z', { itemId: 'item-1' })],
      rules,
      { '2026-11-19|item-1': 2, '2026-11-21|item-1': 1 },
      'batch-3',
    );
    expect(clickTally).toEqual({ '2026-11-21|item-1': 1, '2026-11-22|item-1': 1 });
  });

  it('counts nothing past a cap of zero, and the same events credit the same way whatever their order', () => {
    const clicks = [event('click', '2026-11-20T10:00:00Z', { itemId: 'i' })];
    expect(creditEvents(clicks, { ...rules, clickCapPerItemPerDay: 0 }, {}, 'b').entries).toEqual([]);
    const mixed = [
      event('share', '2026-11-20T11:00:00Z'),
      event('click', '2026-11-20T10:00:00Z', { itemId: 'i' }),
    ];
    expect(creditEvents(mixed, rules, {}, 'b')).toEqual(creditEvents([...mixed].reverse(), rules, {}, 'b'));
  });
});

describe('addEntries', () => {
  it('adds points and counts each kind of contribution', () => {
    const { entries } = creditEvents(
      [event('share', '2026-11-20T09:00:00Z'), event('click', '2026-11-20T09:00:00Z', { itemId: 'i' })],
      rules,
      {},
      'b',
    );
    expect(addEntries({ points: 5, counts: noCounts }, entries)).toEqual({
      points: 5 + rules.share + rules.click,
      counts: { ...noCounts, shares: 1, clicks: 1 },
    });
  });

  it('earns a training module its rule’s points and a path none, counting both', () => {
    const { entries } = creditEvents(
      [event('learning.module', '2026-11-20T09:00:00Z'), event('learning.path', '2026-11-20T09:00:00Z')],
      rules,
      {},
      'b',
    );
    expect(entries.map((entry) => entry.points)).toEqual([rules.learningModule, 0]);
    expect(addEntries({ points: 0, counts: noCounts }, entries)).toEqual({
      points: rules.learningModule,
      counts: { ...noCounts, modules: 1, paths: 1 },
    });
  });

  it('starts the counters a standing written before training paths lacks from zero', () => {
    const { entries } = creditEvents([event('learning.module', '2026-11-20T09:00:00Z')], rules, {}, 'b');
    const before = { shares: 2, clicks: 0, pollVotes: 0, proposals: 0 } as typeof noCounts;
    expect(addEntries({ points: 20, counts: before }, entries).counts).toEqual({
      ...noCounts,
      shares: 2,
      modules: 1,
    });
  });
});

describe('pointsRulesOf', () => {
  it('gives the defaults until a manager tunes the rules, then theirs without the bookkeeping', () => {
    expect(pointsRulesOf(undefined)).toEqual(defaultPointsRules);
    const tuned = { ...defaultPointsRules, share: 3, updatedAt: 'now', updatedBy: 'someone' };
    expect(pointsRulesOf({ pointsRules: tuned })).toEqual({ ...defaultPointsRules, share: 3 });
  });

  it('gives the default for a rule added after the organisation saved its own', () => {
    const { learningModule, ...savedBefore } = { ...defaultPointsRules, share: 3 };
    void learningModule;
    expect(
      pointsRulesOf({ pointsRules: { ...savedBefore, updatedAt: 'now', updatedBy: 'someone' } }),
    ).toEqual({
      ...defaultPointsRules,
      share: 3,
    });
  });
});
