import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointsProjection } from '../../bot/src/activity/points-projection';
import { forgetPoints } from '../../bot/src/challenges/forget-points';
import { challengeJob } from '../../bot/src/jobs/challenge-job';
import { createLogger } from '../../bot/src/logger';
import {
  DEMO_AMBASSADOR_ID,
  DEMO_MANAGER_ID,
  DEMO_TENANT_ID,
  demoPersonId,
} from '../../bot/src/demo/demo-data';
import { defaultPointsRules } from '../../bot/src/domain/points-rules';
import { PROGRAMME_SCOPE, standingId } from '../../bot/src/domain/standings';
import { apiAs } from '../support/api-client';
import { activityEvent, challengeInput } from '../support/challenge-fixtures';
import { inDays } from '../support/studio-fixtures';
import { getJson, startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';
import { runJobOnce } from '../support/run-job';

const THOMAS = demoPersonId(6); // ambassador, pilot group and Douai plant
const EMILY = demoPersonId(7); // ambassador, pilot group and digital department

let service: TestService;
let manager: Awaited<ReturnType<typeof apiAs>>;
let projection: ReturnType<typeof pointsProjection>;
let batches = 0;
const apply = (events: Parameters<typeof projection.apply>[1], batchId = `test-batch-${++batches}`) =>
  projection.apply(DEMO_TENANT_ID, events, batchId).then(() => batchId);

beforeAll(async () => {
  service = await startTestService();
  manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
  projection = pointsProjection(service.repositories);
});
afterAll(() => service.dispose());

const createPlanned = async (overrides: Record<string, unknown> = {}) => {
  const created = await manager.post('/api/v1/studio/challenges', challengeInput(overrides));
  expect(created.status).toBe(201);
  const planned = await manager.put(`/api/v1/studio/challenges/${created.body.id}/status`, {
    status: 'scheduled',
  });
  expect(planned.body.status).toBe('live');
  return created.body as { id: string; audience: { groupIds: string[] } };
};
const standing = (scope: string, kind: 'person' | 'group', subjectId: string) =>
  service.repositories.standings.get(DEMO_TENANT_ID, standingId(scope, kind, subjectId));

describe('challenges in the studio', () => {
  it('refuse an edit over a version someone changed since (412), and keep the other edit', async () => {
    const created = await manager.post('/api/v1/studio/challenges', challengeInput());
    const path = `${service.url}/api/v1/studio/challenges/${created.body.id}`;
    const opened = (await getJson(path, manager.token)).response.headers.get('etag')!;
    const put = (version: string, title: string) =>
      getJson(path, manager.token, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'if-match': version },
        body: JSON.stringify(challengeInput({ name: { fr: title, en: title } })),
      });
    const first = await put(opened, 'First');
    expect(first.status).toBe(200);
    expect((await put(opened, 'Stale')).status).toBe(412);
    expect((await put(first.response.headers.get('etag')!, 'Second')).status).toBe(200);
    expect((await getJson(path, manager.token)).body.name.en).toBe('Second');
  });

  it('start as drafts, are planned, and every change is audited', async () => {
    const created = await manager.post('/api/v1/studio/challenges', challengeInput());
    expect(created).toMatchObject({
      status: 201,
      body: { status: 'draft', goal: { kind: 'shares', target: 3 } },
    });
    const id = created.body.id as string;
    const edited = await manager.put(
      `/api/v1/studio/challenges/${id}`,
      challengeInput({ goal: { kind: 'clicks', target: 50 } }),
    );
    expect(edited.body.goal).toEqual({ kind: 'clicks', target: 50 });
    expect(
      (await manager.put(`/api/v1/studio/challenges/${id}/status`, { status: 'scheduled' })).body.status,
    ).toBe('live');
    const list = await manager.get('/api/v1/studio/challenges');
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(id);
    const audit = await service.repositories.audit.page(DEMO_TENANT_ID, { entityId: id }, 10);
    expect(audit.items.map((record) => record.action).sort()).toEqual([
      'challenge.created',
      'challenge.scheduled',
      'challenge.updated',
    ]);
    // Once started, its goal stays as announced; deleting is for drafts only.
    expect((await manager.put(`/api/v1/studio/challenges/${id}`, challengeInput())).status).toBe(409);
    expect((await manager.delete(`/api/v1/studio/challenges/${id}`)).status).toBe(409);
  });

  it('refuse unknown groups and campaigns and a backwards period, naming the fields', async () => {
    const { status, body } = await manager.post(
      '/api/v1/studio/challenges',
      challengeInput({
        audience: { groupIds: ['group-nowhere'], brandIds: [], languages: [] },
        goal: { kind: 'shares', target: 3, campaignId: 'campaign-nowhere' },
      }),
    );
    expect(status).toBe(400);
    expect(body.errors.map((error: { field: string }) => error.field)).toEqual([
      'body.audience.groupIds.0',
      'body.goal.campaignId',
    ]);
    const backwards = await manager.post(
      '/api/v1/studio/challenges',
      challengeInput({ startsAt: inDays(3), endsAt: inDays(1) }),
    );
    expect(backwards.body.errors[0].field).toBe('body.endsAt');
    const campaignOnClicks = await manager.post(
      '/api/v1/studio/challenges',
      challengeInput({ goal: { kind: 'clicks', target: 3, campaignId: 'campaign-douai-recrute' } }),
    );
    expect(campaignOnClicks.body.errors[0].field).toBe('body.goal.campaignId');
  });

  it('are for managers: an ambassador is refused', async () => {
    const ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
    expect((await ambassador.post('/api/v1/studio/challenges', challengeInput())).status).toBe(403);
    expect((await ambassador.put('/api/v1/studio/points-rules', defaultPointsRules)).status).toBe(403);
  });
});

describe('points rules', () => {
  it('are the defaults until a manager tunes them; the change is audited; bad values are refused', async () => {
    expect((await manager.get('/api/v1/studio/points-rules')).body).toEqual(defaultPointsRules);
    const tuned = { ...defaultPointsRules, share: 12 };
    expect((await manager.put('/api/v1/studio/points-rules', tuned)).body).toEqual(tuned);
    expect((await manager.get('/api/v1/studio/points-rules')).body).toEqual(tuned);
    const audit = await service.repositories.audit.page(
      DEMO_TENANT_ID,
      { action: 'points-rules.updated' },
      10,
    );
    expect(audit.items[0]).toMatchObject({ before: defaultPointsRules, after: tuned });
    const refused = await manager.put('/api/v1/studio/points-rules', { ...tuned, click: -1 });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].field).toBe('body.click');
    await manager.put('/api/v1/studio/points-rules', defaultPointsRules);
  });
});

describe('the points projection', () => {
  it('applies a batch once: handed the same batch again, nothing is counted twice', async () => {
    const challenge = await createPlanned();
    const before = (await standing(PROGRAMME_SCOPE, 'person', EMILY))?.points ?? 0;
    const events = [
      activityEvent('share', EMILY, { itemId: 'item-01', campaignId: 'campaign-douai-recrute' }),
      activityEvent('poll.vote', EMILY, { subjectId: 'poll-1' }),
      activityEvent('nudge.sent', EMILY),
    ];
    const batchId = await apply(events);
    await apply(events, batchId);
    const earned = defaultPointsRules.share + defaultPointsRules.pollVote;
    expect((await standing(PROGRAMME_SCOPE, 'person', EMILY))?.points).toBe(before + earned);
    const mine = await standing(challenge.id, 'person', EMILY);
    expect(mine).toMatchObject({ points: earned, progress: 1, counts: { shares: 1, pollVotes: 1 } });
    expect(await standing(challenge.id, 'group', 'group-pilot')).toMatchObject({ points: earned });
    const entries = await service.repositories.points.ofBatch(DEMO_TENANT_ID, batchId);
    expect(entries.map((entry) => entry.id).sort()).toEqual([events[0]!.id, events[1]!.id].sort());
  });

  it('caps clicks per item per day across batches, and marks the goal reached', async () => {
    const challenge = await createPlanned({ goal: { kind: 'clicks', target: 3 } });
    const cap = defaultPointsRules.clickCapPerItemPerDay;
    const clicks = (count: number, itemId: string) =>
      Array.from({ length: count }, () => activityEvent('click', THOMAS, { itemId }));
    await apply(clicks(cap - 1, 'item-02'));
    await apply([...clicks(5, 'item-02'), ...clicks(2, 'item-03')]);
    const mine = await standing(challenge.id, 'person', THOMAS);
    expect(mine?.counts.clicks).toBe(cap + 2);
    expect(mine?.points).toBe((cap + 2) * defaultPointsRules.click);
    expect(mine?.finishedAt).toBeDefined();
  });

  it('counts for a challenge only its audience, inside its period', async () => {
    const challenge = await createPlanned({
      audience: { groupIds: ['group-digital'], brandIds: [], languages: [] },
    });
    await apply([
      activityEvent('share', THOMAS, { groupIds: ['group-pilot', 'group-douai-plant'] }),
      activityEvent('share', EMILY, { groupIds: ['group-pilot', 'group-digital'], at: inDays(-2) }),
    ]);
    expect(await standing(challenge.id, 'person', THOMAS)).toBeUndefined();
    expect(await standing(challenge.id, 'person', EMILY)).toBeUndefined();
  });
});

describe('leaderboards', () => {
  it('never name people who opted out to others; they still see their own line', async () => {
    const challenge = await createPlanned({ goal: { kind: 'proposals', target: 1 } });
    await service.repositories.people.update(DEMO_TENANT_ID, THOMAS, (person) => ({
      ...person,
      enrolment: {
        ...person.enrolment,
        preferences: { nudges: 'immediate', timeZone: 'Europe/Paris', showOnLeaderboards: false },
      },
    }));
    await apply([activityEvent('proposal', THOMAS), activityEvent('poll.vote', EMILY)]);
    const asEmily = await apiAs(service, EMILY);
    const seen = (await asEmily.get(`/api/v1/leaderboard?challengeId=${challenge.id}`)).body;
    expect(seen.people.slice(0, 2)).toEqual([
      { rank: 1, points: defaultPointsRules.proposal, progress: 1, me: false },
      { rank: 2, points: defaultPointsRules.pollVote, progress: 0, name: 'Emily Carter', me: true },
    ]);
    // Then every other ambassador of the audience, by name, with no points yet: nobody eligible is missing.
    const others = (await service.repositories.people.ambassadors(DEMO_TENANT_ID))
      .filter((person) => person.id !== THOMAS && person.id !== EMILY)
      .filter((person) => person.groupIds.some((id) => challenge.audience.groupIds.includes(id)))
      .map((person) => person.displayName)
      .sort((a, b) => a.localeCompare(b));
    expect(others.length).toBeGreaterThan(3);
    expect(seen.people.slice(2)).toEqual(
      others.map((name) => ({ rank: 3, points: 0, progress: 0, name, me: false })),
    );
    const asThomas = await apiAs(service, THOMAS);
    const own = (await asThomas.get(`/api/v1/leaderboard?challengeId=${challenge.id}`)).body;
    expect(own.me).toMatchObject({ rank: 1, me: true, name: 'Thomas Girard' });
    const pilot = own.groups.find((group: { groupId: string }) => group.groupId === 'group-pilot');
    expect(pilot.points).toBe(defaultPointsRules.proposal + defaultPointsRules.pollVote);
    expect(pilot.pointsPerMember).toBeCloseTo(pilot.points / pilot.members, 1);
  });

  it('list every ambassador who may appear on the programme leaderboard, points or not', async () => {
    const eligible = (await service.repositories.people.ambassadors(DEMO_TENANT_ID))
      .filter((person) => person.enrolment.preferences?.showOnLeaderboards !== false)
      .map((person) => person.displayName);
    const board = (await (await apiAs(service, EMILY)).get('/api/v1/leaderboard')).body;
    const named = board.people.flatMap((line: { name?: string }) => (line.name ? [line.name] : []));
    expect(named.sort()).toEqual(eligible.sort());
    const points = board.people.map((line: { points: number }) => line.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
  });

  it('answer 404 for an unknown challenge and 400 for an unknown query parameter', async () => {
    const ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
    expect((await ambassador.get('/api/v1/leaderboard?challengeId=nowhere')).status).toBe(404);
    expect((await ambassador.get('/api/v1/leaderboard?scope=all')).status).toBe(400);
  });

  it('show each ambassador their challenges with their progress, and their points and badges', async () => {
    const challenge = await createPlanned({ goal: { kind: 'shares', target: 1 } });
    await apply([activityEvent('share', EMILY, { itemId: 'item-05' })]);
    const asEmily = await apiAs(service, EMILY);
    const mine = (await asEmily.get('/api/v1/challenges')).body.items;
    expect(
      mine.find((item: { challenge: { id: string } }) => item.challenge.id === challenge.id),
    ).toMatchObject({
      progress: 1,
      finished: true,
    });
    const points = (await asEmily.get('/api/v1/me/points')).body;
    expect(points.rank).toBeGreaterThanOrEqual(1);
    expect(points.badges.map((badge: { id: string }) => badge.id)).toEqual(
      expect.arrayContaining(['first-share', 'challenge-finisher']),
    );
  });
});

describe('in chat', () => {
  it('"classement" answers with the programme’s leaderboard card, in French', async () => {
    const response = await fetch(`${service.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        text: 'classement',
        locale: 'fr-FR',
        channelId: 'msteams',
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
        deliveryMode: 'expectReplies',
        from: { id: '29:ambassador', aadObjectId: DEMO_AMBASSADOR_ID },
        recipient: { id: '28:ambassade-bot' },
        conversation: { id: 'a:ambassador', conversationType: 'personal', tenantId: DEMO_TENANT_ID },
        id: crypto.randomUUID(),
        timestamp: new Date().toISOString(),
      }),
    });
    const { activities } = (await response.json()) as {
      activities: { attachments?: { content: { body: { text?: string; facts?: unknown[] }[] } }[] }[];
    };
    const card = activities[0]!.attachments![0]!.content;
    expect(card.body[0]!.text).toBe('Classement');
    expect(card.body[1]!.facts!.length).toBeGreaterThan(0);
  });
});

describe('the click path', () => {
  it('earns points for a visitor’s click and nothing for the ambassador’s own click', async () => {
    const ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
    const shared = await fetch(`${service.url}/api/v1/library/item-07/shares`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ambassador.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ network: 'linkedin', language: 'fr', text: 'À lire' }),
    });
    const { trackedUrl } = (await shared.json()) as { trackedUrl: string };
    const selfCookie = shared.headers.get('set-cookie')!.split(';')[0]!;
    const browser =
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';
    const follow = (headers: Record<string, string>) =>
      fetch(trackedUrl, { redirect: 'manual', headers: { 'user-agent': browser, ...headers } });
    await follow({ cookie: selfCookie });
    await follow({});
    await service.settleClicks();
    // The service's projection job drains the activity log every few seconds: wait until it has taken it all.
    const drained = async () =>
      (await service.repositories.activity.untaken(1)).length === 0 &&
      (await service.repositories.activity.unfinishedBatch()) === undefined;
    await expect.poll(drained, { timeout: 30_000, interval: 500 }).toBe(true);
    const ledgerOf = async () =>
      (await service.repositories.points.ofPerson(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID)).filter(
        (entry) => entry.itemId === 'item-07',
      );
    expect((await ledgerOf()).map((entry) => entry.type).sort()).toEqual(['click', 'share']);
  });
});

describe('the challenge job', () => {
  it('announces a challenge at its start, sends progress half way, and places the winners at the end', async () => {
    const CAMILLE = demoPersonId(11); // ambassador of the pilot group and the digital department; reads French
    await service.repositories.conversations.upsert({
      id: CAMILLE,
      tenantId: DEMO_TENANT_ID,
      teamsUserId: `29:${CAMILLE}`,
      conversationId: `a:${CAMILLE}`,
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      installedAt: new Date().toISOString(),
    });
    const challenge = await createPlanned({
      audience: { groupIds: ['group-digital'], brandIds: [], languages: [] },
      goal: { kind: 'poll-votes', target: 2 },
    });
    const stored = (await service.repositories.challenges.get(DEMO_TENANT_ID, challenge.id))!;
    const runAt = (at: number) =>
      runJobOnce(
        challengeJob(
          service.repositories,
          (page) => `https://tab.example/${page}`,
          createLogger('silent'),
          () => new Date(at),
        ),
      );
    const delivery = (step: string) =>
      service.repositories.outbox.get(DEMO_TENANT_ID, `challenge:${challenge.id}:${step}:${CAMILLE}`);

    await runAt(Date.now());
    await runAt(Date.now());
    const announcement = await delivery('announcement');
    expect(announcement).toMatchObject({ kind: 'challenge', personId: CAMILLE });
    expect(JSON.stringify(announcement!.message.card)).toContain('Objectif : répondre à 2 sondages.');
    expect(await delivery('midway')).toBeUndefined();

    await apply([activityEvent('poll.vote', CAMILLE, { groupIds: ['group-pilot', 'group-digital'] })]);
    const half = (Date.parse(stored.startsAt) + Date.parse(stored.endsAt)) / 2;
    await runAt(half + 1000);
    expect(JSON.stringify((await delivery('midway'))!.message.card)).toContain('1 sur 2');

    await runAt(Date.parse(stored.endsAt) + 1000);
    expect((await standing(challenge.id, 'person', CAMILLE))?.place).toBe(1);
    expect(JSON.stringify((await delivery('results'))!.message.card)).toContain('à la place 1');
    const closed = await service.repositories.challenges.get(DEMO_TENANT_ID, challenge.id);
    expect(closed).toMatchObject({
      announcedAt: expect.any(String),
      midwayAt: expect.any(String),
      closedAt: expect.any(String),
    });
    const badges = (await (await apiAs(service, CAMILLE)).get('/api/v1/me/points')).body.badges;
    expect(badges).toContainEqual(
      expect.objectContaining({ id: 'challenge-winner', place: 1, challengeId: challenge.id }),
    );
  });
});

describe('erasure', () => {
  it('takes a person off every leaderboard and credits their ledger to a pseudonym', async () => {
    const LUCAS = demoPersonId(14);
    await apply([activityEvent('share', LUCAS, { groupIds: ['group-douai-plant'] })]);
    const groupBefore = (await standing(PROGRAMME_SCOPE, 'group', 'group-douai-plant'))?.points;
    await forgetPoints(service.repositories, DEMO_TENANT_ID, LUCAS, 'former-lucas');
    expect(await service.repositories.standings.ofPerson(DEMO_TENANT_ID, LUCAS)).toEqual([]);
    expect(await service.repositories.points.ofPerson(DEMO_TENANT_ID, LUCAS)).toEqual([]);
    expect((await service.repositories.points.ofPerson(DEMO_TENANT_ID, 'former-lucas')).length).toBe(1);
    expect((await standing(PROGRAMME_SCOPE, 'group', 'group-douai-plant'))?.points).toBe(groupBefore);
  });
});
