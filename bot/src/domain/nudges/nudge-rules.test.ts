import { describe, expect, it } from 'vitest';
import type { CampaignDoc, ContentItemDoc, NudgeDoc, PersonDoc } from '../documents';
import type { Preferences } from '@contract/enrolment';
import { dueRuleNudges } from './nudge-rules';
import type { NudgeRuleInput, PlannedNudge } from './nudge-rules';

// A Wednesday, after the daily digest hour: this week's digest (Monday) is due too.
const now = new Date('2026-11-25T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();
const daysAgo = (days: number) => hoursAgo(days * 24);
const settings = { weeklyCap: 3, reEngageAfterDays: 14, reEngageEveryDays: 30 };

function person(id: string, nudges: Preferences['nudges'] = 'immediate', overrides: Partial<PersonDoc> = {}) {
  return {
    id,
    tenantId: 't',
    locale: 'fr',
    groupIds: ['pilot'],
    createdAt: daysAgo(100),
    enrolment: {
      status: 'ambassador',
      since: daysAgo(3),
      networks: [],
      languages: ['fr'],
      preferences: { nudges, timeZone: 'Europe/Paris', showOnLeaderboards: true },
    },
    ...overrides,
  } as PersonDoc;
}

function campaign(id: string, overrides: Partial<CampaignDoc> = {}): CampaignDoc {
  return {
    id,
    status: 'scheduled',
    startsAt: daysAgo(10),
    endsAt: daysAgo(-20),
    audience: { groupIds: [], brandIds: [], languages: [] },
    name: { fr: `Campagne ${id}`, en: `Campaign ${id}` },
    ...overrides,
  } as CampaignDoc;
}

function item(id: string, campaignId: string, publishedAt: string): ContentItemDoc {
  return { id, campaignId, status: 'published', publishedAt } as ContentItemDoc;
}

function input(overrides: Partial<NudgeRuleInput>): NudgeRuleInput {
  return {
    campaigns: [],
    items: [],
    ambassadors: [],
    sharedCampaigns: new Map(),
    lastActiveAt: new Map(),
    ruleNudges: [],
    authoredNudges: [],
    receivedThisWeek: new Map(),
    linkedInLapsing: new Set(),
    learningStalled: new Set(),
    ...overrides,
  };
}

const ids = (plans: PlannedNudge[]) =>
  plans.map((plan) => `${plan.id} → ${plan.recipients.map((recipient) => recipient.id).join(',')}`);

describe('nudge rules', () => {
  it('a stalled onboarding path: the person is told as for any invitation, within their frequency and cap', () => {
    const ambassadors = [person('ana'), person('bo'), person('cy', 'weekly-digest'), person('di')];
    const learningStalled = new Set(['ana', 'bo', 'cy']);
    const receivedThisWeek = new Map([['bo', 3]]);
    const plans = dueRuleNudges(input({ ambassadors, learningStalled, receivedThisWeek }), settings, now);
    expect(ids(plans.filter((plan) => plan.kind === 'learning-stalled'))).toEqual([
      `learning-stalled:${now.toISOString().slice(0, 10)} → ana`,
    ]);
  });

  it('a lapsing LinkedIn connection: its person is told once, whatever their frequency or cap, unless they said never', () => {
    const ambassadors = [
      person('ana', 'weekly-digest'),
      person('bo', 'immediate'),
      person('cy', 'never'),
      person('di', 'immediate'),
    ];
    const receivedThisWeek = new Map([['bo', 3]]);
    const linkedInLapsing = new Set(['ana', 'bo', 'cy']);
    const plans = dueRuleNudges(input({ ambassadors, receivedThisWeek, linkedInLapsing }), settings, now);
    const expiry = plans.filter((plan) => plan.kind === 'linkedin-expiry');
    expect(ids(expiry)).toEqual([`linkedin-expiry:${now.toISOString().slice(0, 10)} → ana,bo`]);

    const ruleNudges = [
      {
        id: expiry[0]!.id,
        kind: 'linkedin-expiry' as const,
        createdAt: now.toISOString(),
        recipientIds: ['ana', 'bo'],
      },
    ];
    const again = dueRuleNudges(input({ ambassadors, linkedInLapsing, ruleNudges }), settings, now);
    expect(again.filter((plan) => plan.kind === 'linkedin-expiry')).toEqual([]);
  });

  it('campaign launch: the audience of a campaign started within a day, once per person', () => {
    const launched = campaign('c1', {
      startsAt: hoursAgo(2),
      audience: { groupIds: ['pilot'], brandIds: [], languages: [] },
    });
    const ambassadors = [person('ana'), person('bo', 'immediate', { groupIds: ['plant'] })];
    expect(ids(dueRuleNudges(input({ campaigns: [launched], ambassadors }), settings, now))).toEqual([
      'launch:c1 → ana',
    ]);
    const already = [
      { id: 'launch:c1', kind: 'launch' as const, createdAt: hoursAgo(1), recipientIds: ['ana'] },
    ];
    expect(
      dueRuleNudges(input({ campaigns: [launched], ambassadors, ruleNudges: already }), settings, now),
    ).toEqual([]);
    const old = campaign('c1', { startsAt: hoursAgo(30) });
    expect(dueRuleNudges(input({ campaigns: [old], ambassadors }), settings, now)).toEqual([]);
  });

  it('new content: items published today in a campaign already running, not those out at its launch', () => {
    const running = campaign('c1');
    const items = [
      item('fresh', 'c1', hoursAgo(3)),
      item('stale', 'c1', hoursAgo(30)),
      item('at-launch', 'c1', running.startsAt),
    ];
    const plans = dueRuleNudges(
      input({ campaigns: [running], items, ambassadors: [person('ana')] }),
      settings,
      now,
    );
    expect(ids(plans)).toEqual(['new-content:fresh → ana']);
  });

  it('reminder: before a campaign ends, to those of its audience who have not shared it yet', () => {
    const ending = campaign('c1', { endsAt: hoursAgo(-30) });
    const plans = dueRuleNudges(
      input({
        campaigns: [ending],
        items: [item('i1', 'c1', daysAgo(5))],
        ambassadors: [person('ana'), person('bo')],
        sharedCampaigns: new Map([['bo', new Set(['c1'])]]),
      }),
      settings,
      now,
    );
    expect(ids(plans)).toEqual(['reminder:c1 → ana']);
    // Nothing to share, nothing to remind of; and not yet when the end is further away.
    expect(
      dueRuleNudges(input({ campaigns: [ending], ambassadors: [person('ana')] }), settings, now),
    ).toEqual([]);
    const later = campaign('c1', { endsAt: hoursAgo(-72) });
    const items = [item('i1', 'c1', daysAgo(5))];
    expect(
      dueRuleNudges(input({ campaigns: [later], items, ambassadors: [person('ana')] }), settings, now),
    ).toEqual([]);
  });

  it('re-engagement: inactive for N days, at most once per M days', () => {
    const quiet = person('ana', 'immediate', { enrolment: { ...person('x').enrolment, since: daysAgo(60) } });
    const active = person('bo', 'immediate', { enrolment: { ...person('x').enrolment, since: daysAgo(60) } });
    const base = { ambassadors: [quiet, active], lastActiveAt: new Map([['bo', daysAgo(2)]]) };
    expect(ids(dueRuleNudges(input(base), settings, now))).toEqual(['re-engagement:2026-11-25 → ana']);

    const tenDaysAgo = [
      {
        id: 're-engagement:2026-11-15',
        kind: 're-engagement' as const,
        createdAt: daysAgo(10),
        recipientIds: ['ana'],
      },
    ];
    expect(dueRuleNudges(input({ ...base, ruleNudges: tenDaysAgo }), settings, now)).toEqual([]);
    const monthAgo = [
      {
        id: 're-engagement:2026-10-20',
        kind: 're-engagement' as const,
        createdAt: daysAgo(36),
        recipientIds: ['ana'],
      },
    ];
    expect(ids(dueRuleNudges(input({ ...base, ruleNudges: monthAgo }), settings, now))).toEqual([
      're-engagement:2026-11-25 → ana',
    ]);
    // A newcomer is not "inactive" before N days in the programme.
    expect(dueRuleNudges(input({ ambassadors: [person('new')] }), settings, now)).toEqual([]);
  });

  it('weekly cap: counts what a person already received this week and what this run plans, reminders first', () => {
    const campaigns = [
      campaign('ending', { endsAt: hoursAgo(-10) }),
      campaign('new1', { startsAt: hoursAgo(1) }),
      campaign('new2', { startsAt: hoursAgo(1) }),
    ];
    const items = [item('i1', 'ending', daysAgo(5))];
    const ambassadors = [person('ana'), person('bo')];
    const receivedThisWeek = new Map([
      ['ana', 1],
      ['bo', 3],
    ]);
    const plans = dueRuleNudges(input({ campaigns, items, ambassadors, receivedThisWeek }), settings, now);
    expect(ids(plans)).toEqual(['reminder:ending → ana', 'launch:new1 → ana']);
  });

  it('frequency: digest people (and those who never chose: the form’s default) get only the digest; never, nothing', () => {
    const campaigns = [campaign('c1', { startsAt: hoursAgo(2) })];
    const unset = person('unset');
    delete unset.enrolment.preferences;
    const ambassadors = [person('now'), person('daily', 'daily-digest'), person('never', 'never'), unset];
    const plans = dueRuleNudges(input({ campaigns, ambassadors }), settings, now);
    expect(ids(plans)).toEqual(['launch:c1 → now']);
  });

  it('digests: the daily one lists what happened the day before, the weekly one the week before', () => {
    const launchedYesterday = campaign('c1', { startsAt: '2026-11-24T09:00:00Z' });
    const items = [item('i1', 'c1', '2026-11-24T10:00:00Z'), item('i2', 'c1', '2026-11-25T08:00:00Z')];
    const ambassadors = [person('daily', 'daily-digest'), person('weekly', 'weekly-digest')];
    const plans = dueRuleNudges(input({ campaigns: [launchedYesterday], items, ambassadors }), settings, now);
    const daily = plans.find((plan) => plan.id === 'digest:2026-11-25');
    const weekly = plans.find((plan) => plan.id === 'digest:2026-W48');
    expect(daily?.kind === 'digest' && daily.entries.get('daily')?.map((entry) => entry.type)).toEqual([
      'launch',
      'item',
    ]);
    // This week's digest (Monday 23rd) covers the week before: the campaign and items came after it.
    expect(weekly).toBeUndefined();
    const nextMonday = new Date('2026-11-30T08:00:00Z');
    const next = dueRuleNudges(
      input({ campaigns: [launchedYesterday], items, ambassadors }),
      settings,
      nextMonday,
    );
    const nextWeekly = next.find((plan) => plan.id === 'digest:2026-W49');
    expect(nextWeekly?.kind === 'digest' && nextWeekly.entries.get('weekly')?.length).toBe(3);
  });

  it('digests: once per period, none when there is nothing to tell, and the cap does not apply', () => {
    const campaigns = [campaign('c1', { startsAt: '2026-11-24T09:00:00Z' })];
    const ambassadors = [person('daily', 'daily-digest')];
    const receivedThisWeek = new Map([['daily', 5]]);
    expect(ids(dueRuleNudges(input({ campaigns, ambassadors, receivedThisWeek }), settings, now))).toEqual([
      'digest:2026-11-25 → daily',
    ]);
    const sent = [
      { id: 'digest:2026-11-25', kind: 'digest' as const, createdAt: hoursAgo(4), recipientIds: ['daily'] },
    ];
    expect(dueRuleNudges(input({ campaigns, ambassadors, ruleNudges: sent }), settings, now)).toEqual([]);
    expect(dueRuleNudges(input({ ambassadors }), settings, now)).toEqual([]);
  });

  it('digests list a manager’s nudges sent in the period to their audience', () => {
    const authored: NudgeDoc = {
      id: 'n1',
      tenantId: 't',
      kind: 'custom',
      origin: 'authored',
      status: 'sent',
      title: { fr: 'Bravo', en: 'Well done' },
      text: { fr: 'Merci', en: 'Thanks' },
      audience: { groupIds: ['pilot'], brandIds: [], languages: [] },
      sendAt: '2026-11-24T15:00:00Z',
      sentAt: '2026-11-24T15:00:00Z',
      createdBy: 'manager',
      createdAt: '2026-11-24T14:00:00Z',
    };
    const plans = dueRuleNudges(
      input({ authoredNudges: [authored], ambassadors: [person('daily', 'daily-digest')] }),
      settings,
      now,
    );
    const [digest] = plans;
    expect(digest?.kind === 'digest' && digest.entries.get('daily')).toEqual([
      { type: 'message', nudge: authored },
    ]);
  });
});
