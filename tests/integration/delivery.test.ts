import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueMessage } from '../../bot/src/delivery/enqueue-message';
import type { PersonDoc } from '../../bot/src/domain/documents';
import { ambassador, installBotFor, teamsIdsOf } from '../support/delivery-fixtures';
import { SimulatedBotConnector } from '../support/simulated-bot-connector';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

const TENANT = 'tenant-delivery';
const RATE = 40;
const serviceEnv = {
  DEMO_DATA: 'off',
  BOT_SEND_RATE: String(RATE),
  BOT_SEND_INTERVAL_MS: '100',
} as const;

let simulator: SimulatedBotConnector;
let service: TestService;
beforeAll(async () => {
  simulator = await SimulatedBotConnector.start({ tenantRatePerSecond: RATE });
  service = await startTestService({ env: serviceEnv });
});
afterAll(async () => {
  await service?.dispose();
  await simulator?.stop();
});

async function recipients(target: TestService, prefix: string, count: number): Promise<PersonDoc[]> {
  const people = Array.from({ length: count }, (_, index) => ambassador(TENANT, `${prefix}-${index}`));
  await installBotFor(target.repositories, people, simulator.serviceUrl);
  return people;
}

function send(target: TestService, messageId: string, people: readonly PersonDoc[], now = new Date()) {
  return enqueueMessage(
    target.repositories,
    {
      tenantId: TENANT,
      messageId,
      kind: 'nudge',
      recipients: people,
      render: (person) => ({ text: `Hello ${person.displayName}` }),
    },
    now,
  );
}

const settled = async (target: TestService, messageId: string) => {
  const progress = await target.repositories.outbox.progress(TENANT, messageId);
  return progress.pending === 0 && progress.sending === 0;
};

function receivedBy(person: PersonDoc): number {
  return simulator.countsByRecipient().get(teamsIdsOf(person.id).teamsUserId) ?? 0;
}

describe('the outbox dispatcher, through the Bot Connector simulator', () => {
  it('sends each recipient the message exactly once, through the stored conversation reference', async () => {
    const people = await recipients(service, 'once', 60);
    expect((await send(service, 'nudge-once', people)).queued).toBe(60);
    await expect.poll(() => settled(service, 'nudge-once')).toBe(true);

    expect(people.map(receivedBy)).toEqual(people.map(() => 1));
    const [first] = simulator.received.filter(
      (entry) => entry.recipientId === teamsIdsOf(people[0]!.id).teamsUserId,
    );
    expect(first!.conversationId).toBe(teamsIdsOf(people[0]!.id).conversationId);
    expect(first!.activity).toMatchObject({ type: 'message', text: `Hello ${people[0]!.displayName}` });
    expect(await service.repositories.outbox.progress(TENANT, 'nudge-once')).toMatchObject({ sent: 60 });
    const delivery = await service.repositories.outbox.get(TENANT, `nudge-once:${people[0]!.id}`);
    expect(delivery).toMatchObject({ status: 'sent', attempts: 1 });
    expect(delivery!.sentAt).toBeDefined();
    const event = await service.repositories.activity.get(TENANT, `nudge.sent:nudge-once:${people[0]!.id}`);
    expect(event).toMatchObject({
      type: 'nudge.sent',
      personId: people[0]!.id,
      groupIds: ['group-sales'],
      brandId: 'brand-aurore',
      subjectId: 'nudge-once',
    });
  });

  it('sends an Adaptive Card with its notification summary', async () => {
    const [person] = await recipients(service, 'card', 1);
    const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Share this' }] };
    await enqueueMessage(
      service.repositories,
      {
        tenantId: TENANT,
        messageId: 'poll-card',
        kind: 'poll',
        recipients: [person!],
        render: () => ({ card, summary: 'A new poll' }),
      },
      new Date(),
    );
    await expect.poll(() => settled(service, 'poll-card')).toBe(true);
    const entry = simulator.received.find((item) => item.recipientId === teamsIdsOf(person!.id).teamsUserId);
    expect(entry!.activity).toMatchObject({
      summary: 'A new poll',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
    });
  });

  it('waits as long as a 429 Retry-After says, then delivers once', async () => {
    const [person] = await recipients(service, 'throttled', 1);
    const { conversationId } = teamsIdsOf(person!.id);
    simulator.throttleNext(conversationId, 1);
    const throttledBefore = simulator.throttled;
    await send(service, 'nudge-throttled', [person!]);
    await expect.poll(() => settled(service, 'nudge-throttled')).toBe(true);

    expect(simulator.throttled).toBe(throttledBefore + 1);
    expect(simulator.retryAfterViolations).toBe(0);
    expect(receivedBy(person!)).toBe(1);
    expect(await service.repositories.outbox.get(TENANT, `nudge-throttled:${person!.id}`)).toMatchObject({
      status: 'sent',
      attempts: 2,
    });
  });

  it('retries 5xx with backoff until the message goes through', async () => {
    const [person] = await recipients(service, 'flaky', 1);
    simulator.failNext(teamsIdsOf(person!.id).conversationId, 503, 2);
    await send(service, 'nudge-flaky', [person!]);
    await expect.poll(() => settled(service, 'nudge-flaky')).toBe(true);
    expect(receivedBy(person!)).toBe(1);
    expect(await service.repositories.outbox.get(TENANT, `nudge-flaky:${person!.id}`)).toMatchObject({
      status: 'sent',
      attempts: 3,
    });
  });

  it('marks people who blocked the bot (403 MessageWritesBlocked) unreachable, and nudges them no more', async () => {
    const people = await recipients(service, 'blocked', 3);
    simulator.block(teamsIdsOf(people[1]!.id).conversationId);
    await send(service, 'nudge-blocked', people);
    await expect.poll(() => settled(service, 'nudge-blocked')).toBe(true);

    expect(await service.repositories.outbox.progress(TENANT, 'nudge-blocked')).toMatchObject({
      sent: 2,
      unreachable: 1,
    });
    expect(await service.repositories.outbox.get(TENANT, `nudge-blocked:${people[1]!.id}`)).toMatchObject({
      status: 'unreachable',
      lastError: expect.stringContaining('MessageWritesBlocked'),
    });
    const conversation = await service.repositories.conversations.get(TENANT, people[1]!.id);
    expect(conversation!.unreachableSince).toBeDefined();
    expect(await send(service, 'nudge-blocked-again', people)).toMatchObject({ queued: 2, unreachable: 1 });
  });

  it('keeps a message for the end of the recipient’s quiet hours', async () => {
    const now = new Date();
    const hour = now.getUTCHours();
    const clock = (h: number) => `${String((h + 24) % 24).padStart(2, '0')}:00`;
    const [awake, asleep] = await recipients(service, 'quiet', 2);
    const sleeper: PersonDoc = {
      ...asleep!,
      enrolment: {
        ...asleep!.enrolment,
        preferences: {
          ...asleep!.enrolment.preferences!,
          quietHours: { start: clock(hour - 1), end: clock(hour + 2) },
        },
      },
    };
    await send(service, 'nudge-quiet', [awake!, sleeper], now);
    await expect
      .poll(async () => (await service.repositories.outbox.progress(TENANT, 'nudge-quiet')).sent)
      .toBe(1);

    expect(receivedBy(awake!)).toBe(1);
    expect(receivedBy(sleeper)).toBe(0);
    const waiting = await service.repositories.outbox.get(TENANT, `nudge-quiet:${sleeper.id}`);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 0 });
    expect(Date.parse(waiting!.notBefore)).toBeGreaterThan(now.getTime() + 60 * 60_000);
  });
});

describe('the dispatcher after a restart', () => {
  it('resumes from the outbox on the same data: nobody lost, nobody twice', async () => {
    // Six seconds for the 60: the stop comes well before the last, even while other files keep the cores busy.
    const first = await startTestService({ env: { ...serviceEnv, BOT_SEND_RATE: '10' } });
    const people = await recipients(first, 'restart', 60);
    await send(first, 'nudge-restart', people);
    await expect
      .poll(() => simulator.received.filter((entry) => entry.recipientId.includes('restart-')).length)
      .toBeGreaterThanOrEqual(15);
    await first.stop();
    const receivedBeforeRestart = people.map(receivedBy).filter((count) => count > 0).length;
    expect(receivedBeforeRestart).toBeLessThan(60);

    const second = await startTestService({ dataDir: first.dataDir, env: serviceEnv });
    try {
      await expect.poll(() => settled(second, 'nudge-restart')).toBe(true);
      expect(people.map(receivedBy)).toEqual(people.map(() => 1));
      expect(await second.repositories.outbox.progress(TENANT, 'nudge-restart')).toMatchObject({ sent: 60 });
    } finally {
      await second.dispose();
    }
  });
});
