import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Preferences } from '../../bot/src/contract/enrolment';
import { DEMO_MANAGER_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import type { CampaignDoc, NudgeDoc, OutboxDoc, PersonDoc } from '../../bot/src/domain/documents';
import { nudgeKindOf } from '../../bot/src/domain/nudges/nudge-ids';
import { nudgeRulesJob } from '../../bot/src/jobs/nudge-rules-job';
import { createLogger } from '../../bot/src/logger';
import { applyNudgeRules } from '../../bot/src/nudges/apply-nudge-rules';
import { sendAuthoredNudge } from '../../bot/src/nudges/send-authored-nudge';
import { apiAs } from '../support/api-client';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';
import { runJobOnce } from '../support/run-job';

const DAY_MS = 86_400_000;
const settings = { weeklyCap: 3, reEngageAfterDays: 14, reEngageEveryDays: 30, intervalMs: 3_600_000 };
// The dispatcher (if running) cannot reach this address: deliveries stay in the outbox for the tests to read.
const UNREACHABLE_SERVICE = 'http://127.0.0.1:9/';
const BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36';

let service: TestService;
let manager: Awaited<ReturnType<typeof apiAs>>;
beforeAll(async () => {
  // The job's own turn comes once at start: the tests run it themselves, with their own clock.
  service = await startTestService({ env: { NUDGE_RULES_INTERVAL_MS: String(settings.intervalMs) } });
  manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
});
afterAll(() => service.dispose());

interface Someone {
  nudges?: Preferences['nudges'];
  reachable?: boolean;
  quietHours?: Preferences['quietHours'];
  since?: string;
}

/** Ambassadors of a fresh group, each with the bot installed unless said otherwise. */
async function ambassadors(tenantId: string, groupId: string, people: Record<string, Someone>) {
  const ids: Record<string, string> = {};
  for (const [name, someone] of Object.entries(people)) {
    const id = randomUUID();
    ids[name] = id;
    const at = someone.since ?? new Date().toISOString();
    const person: PersonDoc = {
      id,
      tenantId,
      displayName: name,
      email: `${name}@example.test`,
      locale: name.endsWith('-en') ? 'en' : 'fr',
      timeZone: 'Europe/Paris',
      groupIds: [groupId],
      enrolment: {
        status: 'ambassador',
        since: at,
        networks: [{ network: 'linkedin' }],
        languages: ['fr', 'en'],
        preferences: {
          nudges: someone.nudges ?? 'immediate',
          timeZone: 'Europe/Paris',
          showOnLeaderboards: true,
          ...(someone.quietHours ? { quietHours: someone.quietHours } : {}),
        },
      },
      createdAt: at,
      updatedAt: at,
    };
    await service.repositories.people.upsert(person);
    if (someone.reachable !== false) {
      await service.repositories.conversations.upsert({
        id,
        tenantId,
        teamsUserId: `29:${id}`,
        conversationId: `a:${id}`,
        serviceUrl: UNREACHABLE_SERVICE,
        installedAt: at,
      });
    }
  }
  return ids;
}

async function group(tenantId: string): Promise<string> {
  const id = randomUUID();
  await service.repositories.groups.upsert({
    id,
    tenantId,
    name: { fr: 'Groupe test', en: 'Test group' },
    kind: 'team',
    createdAt: new Date().toISOString(),
  });
  return id;
}

const nudgeInput = (groupId: string, overrides: Record<string, unknown> = {}) => ({
  audience: { groupIds: [groupId], brandIds: [], languages: [] },
  title: { fr: 'Journée portes ouvertes', en: 'Open day' },
  text: { fr: 'Venez nombreux samedi.', en: 'Join us on Saturday.' },
  ...overrides,
});

const deliveriesOf = async (tenantId: string, messageId: string, personId: string) =>
  service.repositories.outbox.get(tenantId, `${messageId}:${personId}`);

describe('nudges a manager writes', () => {
  it('refuse invalid input with problems naming each field', async () => {
    const groupId = await group(DEMO_TENANT_ID);
    const missingTitle = await manager.post(
      '/api/v1/studio/nudges',
      nudgeInput(groupId, { title: { fr: '', en: 'Open day' } }),
    );
    expect(missingTitle.status).toBe(400);
    expect(missingTitle.body.errors).toEqual([expect.objectContaining({ field: 'body.title.fr' })]);

    const wrong = await manager.post(
      '/api/v1/studio/nudges',
      nudgeInput('no-such-group', {
        sendAt: new Date(Date.now() - DAY_MS).toISOString(),
        link: { type: 'item', id: 'no-such-item' },
      }),
    );
    expect(wrong.status).toBe(400);
    expect((wrong.body.errors as { field: string }[]).map((error) => error.field).sort()).toEqual([
      'body.audience.groupIds.0',
      'body.link.id',
      'body.sendAt',
    ]);
    expect((await manager.get('/api/v1/studio/nudges?limit=0')).body.errors).toEqual([
      expect.objectContaining({ field: 'query.limit' }),
    ]);
  });

  it('go out at once to their audience: opted-out, unreachable and digest people aside, quiet hours respected', async () => {
    const groupId = await group(DEMO_TENANT_ID);
    const ids = await ambassadors(DEMO_TENANT_ID, groupId, {
      now: {},
      'now-en': {},
      asleep: { quietHours: quietAroundNow() },
      never: { nudges: 'never' },
      weekly: { nudges: 'weekly-digest' },
      unreachable: { reachable: false },
    });
    const { status, body } = await manager.post(
      '/api/v1/studio/nudges',
      nudgeInput(groupId, { link: { type: 'campaign', id: await someLiveCampaignId() } }),
    );
    expect(status).toBe(201);
    expect(body).toMatchObject({
      status: 'sent',
      origin: 'authored',
      kind: 'custom',
      outcome: { queued: 3, unreachable: 1, optedOut: 1, inDigest: 1 },
    });
    const nudgeId = body.id as string;
    const english = (await deliveriesOf(DEMO_TENANT_ID, nudgeId, ids['now-en']!)) as OutboxDoc;
    expect(english).toMatchObject({ kind: 'nudge', message: { summary: 'Open day' } });
    expect(JSON.stringify(english.message.card)).toContain(`/n/${DEMO_TENANT_ID}/`);
    expect((await deliveriesOf(DEMO_TENANT_ID, nudgeId, ids['now']!))?.message.summary).toBe(
      'Journée portes ouvertes',
    );
    const asleep = await deliveriesOf(DEMO_TENANT_ID, nudgeId, ids['asleep']!);
    expect(Date.parse(asleep!.notBefore)).toBeGreaterThan(Date.now());
    for (const name of ['never', 'weekly', 'unreachable']) {
      expect(await deliveriesOf(DEMO_TENANT_ID, nudgeId, ids[name]!)).toBeUndefined();
    }
    const audit = await service.repositories.audit.page(
      DEMO_TENANT_ID,
      { entityType: 'nudge', entityId: nudgeId },
      10,
    );
    expect(audit.items).toEqual([expect.objectContaining({ action: 'nudge.created' })]);
  });

  it('wait for their time, are sent by the nudge job then, and can be cancelled before', async () => {
    const groupId = await group(DEMO_TENANT_ID);
    const ids = await ambassadors(DEMO_TENANT_ID, groupId, { reader: {} });
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    const later = (await manager.post('/api/v1/studio/nudges', nudgeInput(groupId, { sendAt: inAnHour })))
      .body;
    const cancelled = (await manager.post('/api/v1/studio/nudges', nudgeInput(groupId, { sendAt: inAnHour })))
      .body;
    expect(later).toMatchObject({ status: 'scheduled', progress: { sent: 0, pending: 0 } });

    const cancel = await manager.post(`/api/v1/studio/nudges/${cancelled.id}/cancellation`);
    expect(cancel.body.status).toBe('cancelled');
    expect((await manager.post(`/api/v1/studio/nudges/${cancelled.id}/cancellation`)).status).toBe(409);

    const job = nudgeRulesJob(service.repositories, settings, service.url, createLogger('silent'), () => {
      return new Date(Date.now() + 2 * 3_600_000);
    });
    await runJobOnce(job);
    expect((await manager.get(`/api/v1/studio/nudges/${later.id}`)).body.status).toBe('sent');
    expect(await deliveriesOf(DEMO_TENANT_ID, later.id, ids['reader']!)).toBeDefined();
    expect((await manager.get(`/api/v1/studio/nudges/${cancelled.id}`)).body.status).toBe('cancelled');
    expect(await deliveriesOf(DEMO_TENANT_ID, cancelled.id, ids['reader']!)).toBeUndefined();
  });

  it('show their progress from the outbox, with an estimated finish while deliveries are pending', async () => {
    const groupId = await group(DEMO_TENANT_ID);
    const nudge = (await manager.post('/api/v1/studio/nudges', nudgeInput(groupId))).body;
    const statuses = ['sent', 'sent', 'failed', 'unreachable', 'pending', 'pending', 'sending'] as const;
    const tomorrow = new Date(Date.now() + DAY_MS).toISOString();
    await service.repositories.outbox.enqueue(
      statuses.map((status, index) => ({
        id: `${nudge.id}:person-${index}`,
        tenantId: DEMO_TENANT_ID,
        messageId: nudge.id,
        kind: 'nudge',
        personId: `person-${index}`,
        address: { teamsUserId: '29:x', conversationId: 'a:x', serviceUrl: UNREACHABLE_SERVICE },
        message: { text: 'x' },
        status,
        // In quiet hours until tomorrow: a dispatcher leaves them as they are.
        notBefore: tomorrow,
        enqueuedAt: new Date().toISOString(),
        attempts: 0,
      })),
    );
    const before = Date.now();
    const { progress } = (await manager.get(`/api/v1/studio/nudges/${nudge.id}`)).body;
    expect(progress).toMatchObject({ sent: 2, failed: 1, unreachable: 1, pending: 3 });
    // Three left at the default 50 per second.
    expect(Date.parse(progress.estimatedFinishAt)).toBeGreaterThanOrEqual(before + 60);
    expect(Date.parse(progress.estimatedFinishAt)).toBeLessThan(Date.now() + 60 + 1000);

    const listed = await manager.get('/api/v1/studio/nudges?origin=authored&limit=1');
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.continuationToken).toEqual(expect.any(String));
  });

  it('record a press on the card’s button as "nudge acted on", once, and open the tab', async () => {
    const groupId = await group(DEMO_TENANT_ID);
    const ids = await ambassadors(DEMO_TENANT_ID, groupId, { reader: {} });
    const nudge = (await manager.post('/api/v1/studio/nudges', nudgeInput(groupId))).body;
    const deliveryId = `${nudge.id}:${ids['reader']}`;
    const { linkProof } = (await service.repositories.outbox.get(DEMO_TENANT_ID, deliveryId))!;
    const press = (proof = linkProof!) =>
      fetch(
        `${service.url}/n/${DEMO_TENANT_ID}/${encodeURIComponent(deliveryId)}?to=item:item-42&p=${proof}`,
        { redirect: 'manual', headers: { 'user-agent': BROWSER } },
      );
    // Whoever guesses the ids without the card's proof is sent to the tab, and counts nothing.
    for (const forged of ['', 'A'.repeat(22), `${linkProof!.slice(1)}x`]) {
      expect((await press(forged)).status).toBe(302);
    }
    expect(
      await service.repositories.activity.get(DEMO_TENANT_ID, `nudge.acted:${deliveryId}`),
    ).toBeUndefined();
    const first = await press();
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toMatch(/\/library\/item-42$/);
    await press();
    const acted = await service.repositories.activity.get(DEMO_TENANT_ID, `nudge.acted:${deliveryId}`);
    expect(acted).toMatchObject({
      type: 'nudge.acted',
      personId: ids['reader'],
      subjectId: nudge.id,
      itemId: 'item-42',
    });

    const forged = await fetch(`${service.url}/n/${DEMO_TENANT_ID}/nothing?to=https://evil.example`, {
      redirect: 'manual',
      headers: { 'user-agent': BROWSER },
    });
    expect(forged.status).toBe(302);
    expect(forged.headers.get('location')).toMatch(/\/library$/);
  });
});

describe('nudges the rules produce', () => {
  /** A tenant of its own, so the demo's campaigns do not nudge these people. */
  async function tenant(): Promise<string> {
    const tenantId = randomUUID();
    await service.repositories.organisations.upsert({
      id: tenantId,
      tenantId,
      type: 'organisation',
      name: 'Test',
      brands: [],
      createdAt: new Date().toISOString(),
    });
    return tenantId;
  }

  function campaign(tenantId: string, startsAt: Date): CampaignDoc {
    const id = randomUUID();
    return {
      id,
      tenantId,
      slug: id,
      name: { fr: 'Campagne', en: 'Campaign' },
      objective: 'awareness',
      brandId: 'b',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 30 * DAY_MS).toISOString(),
      audience: { groupIds: [], brandIds: [], languages: [] },
      targets: { shares: 0, clicks: 0, participationRate: 0 },
      status: 'scheduled',
      createdBy: 'manager',
      createdAt: startsAt.toISOString(),
    };
  }

  const received = async (tenantId: string, personId: string, since: Date) =>
    (await service.repositories.outbox.queuedSince(tenantId, 'nudge', since)).filter(
      (row) => row.personId === personId,
    );

  it('stop at the weekly cap per person, a manager’s nudges counted; digest people get their digest only', async () => {
    const tenantId = await tenant();
    const groupId = randomUUID();
    const now = new Date();
    const ids = await ambassadors(tenantId, groupId, { eager: {}, daily: { nudges: 'daily-digest' } });
    // A manager's nudge this week counts towards the cap.
    const authored: NudgeDoc = {
      id: randomUUID(),
      tenantId,
      kind: 'custom',
      origin: 'authored',
      status: 'scheduled',
      title: { fr: 'Bonjour', en: 'Hello' },
      text: { fr: 'Texte', en: 'Text' },
      audience: { groupIds: [groupId], brandIds: [], languages: [] },
      sendAt: now.toISOString(),
      createdBy: 'manager',
      createdAt: now.toISOString(),
    };
    await service.repositories.nudges.upsert(authored);
    await sendAuthoredNudge(service.repositories, authored, service.url, now);
    for (let index = 0; index < 4; index++) {
      await service.repositories.campaigns.upsert(campaign(tenantId, new Date(now.getTime() - 3_600_000)));
    }
    await applyNudgeRules(service.repositories, tenantId, settings, service.url, now);
    const eagerKinds = async () =>
      (await received(tenantId, ids['eager']!, new Date(now.getTime() - DAY_MS)))
        .map((row) => nudgeKindOf(row.messageId))
        .sort();
    expect(await eagerKinds()).toEqual(['custom', 'launch', 'launch']);
    // Applied again, nothing more: the cap is reached, and each launch chose each person once.
    await applyNudgeRules(service.repositories, tenantId, settings, service.url, now);
    expect(await eagerKinds()).toEqual(['custom', 'launch', 'launch']);
    const dailyIds = (await received(tenantId, ids['daily']!, new Date(now.getTime() - DAY_MS))).map(
      (row) => row.messageId,
    );
    expect(dailyIds.every((id) => id.startsWith('digest:'))).toBe(true);
  });

  it('re-engage an inactive ambassador at most once per M days', async () => {
    const tenantId = await tenant();
    const start = new Date();
    const ids = await ambassadors(tenantId, randomUUID(), {
      idle: { since: new Date(start.getTime() - 60 * DAY_MS).toISOString() },
    });
    const reEngagements = async () =>
      (await received(tenantId, ids['idle']!, new Date(start.getTime() - DAY_MS))).filter((row) =>
        row.messageId.startsWith('re-engagement:'),
      );
    await applyNudgeRules(service.repositories, tenantId, settings, service.url, start);
    expect(await reEngagements()).toHaveLength(1);
    for (const days of [1, 10, 29]) {
      await applyNudgeRules(
        service.repositories,
        tenantId,
        settings,
        service.url,
        new Date(start.getTime() + days * DAY_MS),
      );
    }
    expect(await reEngagements()).toHaveLength(1);
    await applyNudgeRules(
      service.repositories,
      tenantId,
      settings,
      service.url,
      new Date(start.getTime() + 31 * DAY_MS),
    );
    expect(await reEngagements()).toHaveLength(2);
  });
});

/** Quiet hours from an hour ago to two hours from now, in Paris. */
function quietAroundNow(): Preferences['quietHours'] {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' }).format(
      new Date(),
    ),
  );
  const clock = (h: number) => `${String((h + 24) % 24).padStart(2, '0')}:00`;
  return { start: clock(hour - 1), end: clock(hour + 2) };
}

async function someLiveCampaignId(): Promise<string> {
  const now = Date.now();
  const live = (await service.repositories.campaigns.list(DEMO_TENANT_ID)).find(
    (campaign) =>
      campaign.status === 'scheduled' &&
      Date.parse(campaign.startsAt) <= now &&
      Date.parse(campaign.endsAt) > now,
  );
  if (!live) throw new Error('the demo data has no live campaign');
  return live.id;
}
