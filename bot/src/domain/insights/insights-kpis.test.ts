import { describe, expect, it } from 'vitest';
import type { ActivityEventDoc, ActivityType, CampaignDoc, GroupDoc } from '../documents';
import type { CampaignCountersDoc, DayCountersDoc, MonthActivityDoc } from './counter-documents';
import {
  countersDelta,
  emptyCampaign,
  emptyDay,
  emptyMonth,
  withCounts,
  withDayBits,
  withMonthDelta,
  withPeople,
  withSharers,
} from './counter-deltas';
import { programmeDashboard } from './dashboard';
import { resolvePeriod } from './period';
import { retentionCurve } from './retention';
import type { Ambassador } from './roster';

/*
 * Every KPI computed on a generated dataset, against answers worked out here event by event, with Paris time
 * worked out by hand from the 2026 daylight saving dates (not with Intl, which the code under test uses).
 */

const PARIS_SUMMER_STARTS = Date.parse('2026-03-29T01:00:00Z');
const PARIS_SUMMER_ENDS = Date.parse('2026-10-25T01:00:00Z');
function parisDate(at: string): string {
  const time = Date.parse(at);
  const offsetHours = time >= PARIS_SUMMER_STARTS && time < PARIS_SUMMER_ENDS ? 2 : 1;
  return new Date(time + offsetHours * 3_600_000).toISOString().slice(0, 10);
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const tenantId = 't1';
const networks = ['linkedin', 'x', 'facebook'] as const;
const groupIds = ['g-lille', 'g-douai', 'g-hq'];
const brandIds = ['b-aurore', 'b-boreal'];
const people = Array.from({ length: 30 }, (_, index) => ({
  id: `p${index}`,
  groupIds: index % 4 === 0 ? [groupIds[index % 3]!, 'g-hq'] : [groupIds[index % 3]!],
  brandId: brandIds[index % 2]!,
}));
const campaignIds = ['c-recruit', 'c-launch', 'c-brand'];

/** Events between 2026-03-20 and 2026-04-12 UTC, plus some on the edges of the period around midnight. */
function generateEvents(): ActivityEventDoc[] {
  const next = random(2026);
  const types: ActivityType[] = ['share', 'share', 'click', 'click', 'click', 'join', 'leave', 'proposal'];
  const start = Date.parse('2026-03-20T00:00:00Z');
  const span = Date.parse('2026-04-12T00:00:00Z') - start;
  const event = (index: number, at: string, type: ActivityType): ActivityEventDoc => {
    const person = people[Math.floor(next() * people.length)]!;
    const campaign = Math.floor(next() * campaignIds.length);
    const onContent = type === 'share' || type === 'click';
    return {
      id: `e${index}`,
      tenantId,
      type,
      at,
      personId: person.id,
      groupIds: person.groupIds,
      brandId: person.brandId,
      ...(onContent
        ? {
            campaignId: campaignIds[campaign],
            itemId: `i${campaign}-${Math.floor(next() * 3)}`,
            network: networks[Math.floor(next() * networks.length)],
          }
        : {}),
      ...(type === 'share' ? { audienceSize: 100 + Math.floor(next() * 900) } : {}),
    };
  };
  const events = Array.from({ length: 1_500 }, (_, index) =>
    event(
      index,
      new Date(start + Math.floor(next() * span)).toISOString(),
      types[Math.floor(next() * types.length)]!,
    ),
  );
  // 23:59:59 on 31 March in Paris (outside the period), then 00:30 on 1 April (inside), and the period's last
  // second and the next day's first.
  const edges = [
    '2026-03-31T21:59:59Z',
    '2026-03-31T22:30:00Z',
    '2026-04-07T21:59:59Z',
    '2026-04-07T22:00:00Z',
  ];
  edges.forEach((at, index) => events.push(event(10_000 + index, at, 'share')));
  return events;
}

/** The projection's bookkeeping, in memory: batches of events added to documents. */
function project(events: ActivityEventDoc[], timeZone: string) {
  const days = new Map<string, DayCountersDoc>();
  const months = new Map<string, MonthActivityDoc>();
  const campaigns = new Map<string, CampaignCountersDoc>();
  const base = (id: string) => ({ id, tenantId, appliedBatches: [], updatedAt: '' });
  let peopleIndex: string[] = [];
  for (let start = 0; start < events.length; start += 200) {
    const batch = events.slice(start, start + 200);
    peopleIndex = withPeople(
      peopleIndex,
      batch.map((event) => event.personId),
    );
    const delta = countersDelta(batch, timeZone, new Map(peopleIndex.map((id, index) => [id, index])));
    for (const [date, tree] of delta.days) {
      const day = withCounts(days.get(date) ?? emptyDay(base(date), date), tree);
      days.set(date, withDayBits(day, delta.dayBits.get(date)));
    }
    for (const [month, entries] of delta.months) {
      months.set(month, withMonthDelta(months.get(month) ?? emptyMonth(base(month), month), entries));
    }
    for (const [id, tree] of delta.campaigns) {
      const campaign = withCounts(campaigns.get(id) ?? emptyCampaign(base(id), id), tree);
      campaigns.set(id, withSharers(campaign, delta.campaignSharers.get(id)));
    }
  }
  return {
    days: [...days.values()],
    months: [...months.values()],
    campaigns: [...campaigns.values()],
    peopleIndex,
  };
}

const rates = { cpm: 12, cpc: 0.4 };
const ambassadors: Ambassador[] = people.slice(0, 24).map((person) => ({
  ...person,
  locale: 'fr',
  enrolment: { languages: ['fr'] },
}));
const groups = groupIds.map(
  (id) => ({ id, tenantId, name: { fr: id, en: id }, kind: 'team', createdAt: '' }) as GroupDoc,
);
const campaignDocs = campaignIds.map(
  (id, index) =>
    ({
      id,
      tenantId,
      name: { fr: id, en: id },
      status: 'scheduled',
      startsAt: '2026-03-01T00:00:00Z',
      endsAt: '2026-05-01T00:00:00Z',
      audience: { groupIds: index === 0 ? ['g-lille'] : [], brandIds: [], languages: [] },
      targets: { shares: 100, clicks: 1_000, participationRate: 0.5 },
    }) as unknown as CampaignDoc,
);

function dashboardFor(events: ActivityEventDoc[], from: string, to: string) {
  const projected = project(events, 'Europe/Paris');
  const period = resolvePeriod({ from, to }, new Date('2026-04-10T12:00:00Z'), {
    reportingTimeZone: 'Europe/Paris',
    currency: 'EUR',
  });
  return programmeDashboard({
    period,
    rates,
    now: new Date('2026-04-10T12:00:00Z'),
    days: projected.days,
    peopleIndex: projected.peopleIndex,
    people: new Map(people.map((person) => [person.id, person])),
    ambassadors,
    employees: 80,
    campaigns: campaignDocs,
    campaignCounters: projected.campaigns,
    groups,
    brands: brandIds.map((id) => ({ id, name: id })),
    items: new Map(),
  });
}

/** The KPIs of a slice of events, worked out one event at a time. */
function expected(events: ActivityEventDoc[]) {
  const shares = events.filter((event) => event.type === 'share');
  const clicks = events.filter((event) => event.type === 'click').length;
  const reach = shares.reduce((total, event) => total + (event.audienceSize ?? 0), 0);
  return {
    shares: shares.length,
    clicks,
    estimatedReach: reach,
    ctr: shares.length === 0 ? 0 : clicks / shares.length,
    earnedMediaValue: (reach * rates.cpm) / 1000 + clicks * rates.cpc,
    active: new Set(shares.map((event) => event.personId)).size,
  };
}

describe('Insights KPIs on a generated dataset', () => {
  const events = generateEvents();
  const from = '2026-04-01';
  const to = '2026-04-07';
  const inPeriod = events.filter((event) => parisDate(event.at) >= from && parisDate(event.at) <= to);
  const inPrevious = events.filter(
    (event) => parisDate(event.at) >= '2026-03-25' && parisDate(event.at) <= '2026-03-31',
  );
  const board = dashboardFor(events, from, to);

  it('takes days in the reporting time zone, across a daylight saving change, edges included', () => {
    expect(board.period).toMatchObject({ from, to, previousFrom: '2026-03-25', previousTo: '2026-03-31' });
    const edgeIds = (ids: string[]) => inPeriod.filter((event) => ids.includes(event.id)).map((e) => e.id);
    expect(edgeIds(['e10000', 'e10001', 'e10002', 'e10003'])).toEqual(['e10001', 'e10002']);
    expect(board.byDay.map((row) => row.date)).toEqual([
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
      '2026-04-06',
      '2026-04-07',
    ]);
    for (const row of board.byDay) {
      const day = expected(inPeriod.filter((event) => parisDate(event.at) === row.date));
      expect(row).toMatchObject({
        shares: day.shares,
        clicks: day.clicks,
        estimatedReach: day.estimatedReach,
      });
      expect(row.activeAmbassadors).toBe(day.active);
    }
  });

  it('computes shares, clicks, CTR, reach, earned media value and active ambassadors, against the previous period', () => {
    const now = expected(inPeriod);
    const before = expected(inPrevious);
    const { kpis } = board;
    expect(kpis.shares).toEqual({ current: now.shares, previous: before.shares });
    expect(kpis.clicks).toEqual({ current: now.clicks, previous: before.clicks });
    expect(kpis.estimatedReach).toEqual({ current: now.estimatedReach, previous: before.estimatedReach });
    expect(kpis.ctr.current).toBeCloseTo(now.ctr, 10);
    expect(kpis.ctr.previous).toBeCloseTo(before.ctr, 10);
    expect(kpis.earnedMediaValue.current).toBeCloseTo(now.earnedMediaValue, 2);
    expect(kpis.earnedMediaValue.previous).toBeCloseTo(before.earnedMediaValue, 2);
    expect(kpis.activeAmbassadors).toEqual({ current: now.active, previous: before.active });
    expect(kpis.joins.current).toBe(inPeriod.filter((event) => event.type === 'join').length);
    expect(kpis.leaves.current).toBe(inPeriod.filter((event) => event.type === 'leave').length);
    expect(kpis.proposals.current).toBe(inPeriod.filter((event) => event.type === 'proposal').length);
    expect(kpis.participationRate.current).toBeCloseTo(24 / 80, 10);
    expect(kpis.participationRate.previous).toBeNull();
  });

  it('breaks them down by network, group, brand and campaign, with targets against actual', () => {
    for (const row of board.byNetwork) {
      const slice = expected(inPeriod.filter((event) => event.network === row.network));
      expect(row).toMatchObject({
        shares: slice.shares,
        clicks: slice.clicks,
        estimatedReach: slice.estimatedReach,
      });
    }
    expect(board.byNetwork.map((row) => row.network).sort()).toEqual([...networks].sort());
    for (const row of board.byGroup) {
      const slice = expected(inPeriod.filter((event) => event.groupIds.includes(row.groupId)));
      expect(row).toMatchObject({
        shares: slice.shares,
        clicks: slice.clicks,
        activeAmbassadors: slice.active,
      });
      expect(row.ambassadors).toBe(
        ambassadors.filter((person) => person.groupIds.includes(row.groupId)).length,
      );
    }
    for (const row of board.byBrand) {
      const slice = expected(inPeriod.filter((event) => event.brandId === row.brandId));
      expect(row).toMatchObject({
        shares: slice.shares,
        clicks: slice.clicks,
        activeAmbassadors: slice.active,
      });
    }
    for (const row of board.byCampaign) {
      const slice = expected(inPeriod.filter((event) => event.campaignId === row.campaignId));
      expect(row).toMatchObject({
        shares: slice.shares,
        clicks: slice.clicks,
        activeAmbassadors: slice.active,
      });
      const whole = expected(events.filter((event) => event.campaignId === row.campaignId));
      const campaign = campaignDocs.find((doc) => doc.id === row.campaignId)!;
      const eligible = ambassadors.filter(
        (person) =>
          campaign.audience.groupIds.length === 0 ||
          person.groupIds.some((id) => campaign.audience.groupIds.includes(id)),
      );
      const sharers = new Set(
        events
          .filter((event) => event.campaignId === row.campaignId && event.type === 'share')
          .map((event) => event.personId),
      );
      expect(row.targets).toEqual({
        shares: { target: 100, actual: whole.shares },
        clicks: { target: 1_000, actual: whole.clicks },
        participationRate: {
          target: 0.5,
          actual: eligible.filter((person) => sharers.has(person.id)).length / eligible.length,
        },
      });
    }
  });

  it('ranks top content by shares, then clicks', () => {
    const byItem = new Map<string, { shares: number; clicks: number }>();
    for (const event of inPeriod) {
      if (!event.itemId) continue;
      const row = byItem.get(event.itemId) ?? { shares: 0, clicks: 0 };
      if (event.type === 'share') row.shares += 1;
      if (event.type === 'click') row.clicks += 1;
      byItem.set(event.itemId, row);
    }
    const ranked = [...byItem]
      .sort(([a, x], [b, y]) => y.shares - x.shares || y.clicks - x.clicks || a.localeCompare(b))
      .map(([itemId, row]) => ({ itemId, ...row }));
    expect(board.topContent.map(({ itemId, shares, clicks }) => ({ itemId, shares, clicks }))).toEqual(
      ranked,
    );
  });

  it('counts the same events in other days when the reporting time zone is UTC', () => {
    const utc = project(events, 'UTC');
    const april = utc.days.find((day) => day.date === '2026-04-01');
    const inUtc = events.filter((event) => event.at.startsWith('2026-04-01') && event.type === 'share');
    expect(april?.totals.shares ?? 0).toBe(inUtc.length);
  });

  it('draws the retention curve: each enrolment cohort’s share active each month since', () => {
    const join = (personId: string, at: string): ActivityEventDoc => ({
      id: `join-${personId}-${at}`,
      tenantId,
      type: 'join',
      at,
      personId,
      groupIds: [],
    });
    const share = (personId: string, at: string): ActivityEventDoc => ({
      ...join(personId, at),
      id: `share-${personId}-${at}`,
      type: 'share',
      audienceSize: 10,
    });
    const joins = [
      join('a', '2026-01-05T10:00:00Z'),
      join('b', '2026-01-31T23:30:00Z'), // 1 February in Paris
      join('c', '2026-01-20T10:00:00Z'),
      join('d', '2026-02-10T10:00:00Z'),
    ];
    const shares = [
      share('a', '2026-01-06T10:00:00Z'),
      share('a', '2026-03-01T10:00:00Z'),
      share('c', '2026-02-02T10:00:00Z'),
      share('b', '2026-02-03T10:00:00Z'),
      share('d', '2026-03-15T10:00:00Z'),
    ];
    const { months } = project([...joins, ...shares], 'Europe/Paris');
    const curve = retentionCurve(months, '2026-03', 12);
    expect(curve.cohorts).toEqual([
      {
        cohort: '2026-01',
        size: 2,
        months: [
          { monthsSinceEnrolment: 0, active: 1, activeShare: 0.5 },
          { monthsSinceEnrolment: 1, active: 1, activeShare: 0.5 },
          { monthsSinceEnrolment: 2, active: 1, activeShare: 0.5 },
        ],
      },
      {
        cohort: '2026-02',
        size: 2,
        months: [
          { monthsSinceEnrolment: 0, active: 1, activeShare: 0.5 },
          { monthsSinceEnrolment: 1, active: 1, activeShare: 0.5 },
        ],
      },
    ]);
    // March is not over: the curve stops at February (month 1 of January's cohort, month 0 of February's).
    expect(curve.average).toEqual([
      { monthsSinceEnrolment: 0, activeShare: 2 / 4 },
      { monthsSinceEnrolment: 1, activeShare: 1 / 2 },
    ]);
  });
});

describe('resolvePeriod', () => {
  it('defaults to the 30 days ending today in the reporting time zone', () => {
    const period = resolvePeriod({}, new Date('2026-03-31T22:30:00Z'), {
      reportingTimeZone: 'Europe/Paris',
      currency: 'EUR',
    });
    expect(period).toEqual({
      from: '2026-03-03',
      to: '2026-04-01',
      previousFrom: '2026-02-01',
      previousTo: '2026-03-02',
      timeZone: 'Europe/Paris',
      currency: 'EUR',
    });
  });
});
