import { describe, expect, it } from 'vitest';
import type { ActivityEventDoc, OutboxDoc } from '../domain/documents';
import { createLogger } from '../logger';
import type { DeliveryOutcome, VersionedDelivery } from '../store/outbox-repository';
import { Dispatcher } from './dispatcher';
import type { DispatcherPorts } from './dispatcher';
import type { ProactiveSender } from './proactive-sender';

/** The outbox's dispatcher-facing operations over a Map, with ETags as Cosmos keeps them. */
class MemoryOutbox {
  readonly docs = new Map<string, VersionedDelivery>();
  private version = 0;

  put(delivery: OutboxDoc): void {
    this.docs.set(delivery.id, { delivery, etag: `v${++this.version}` });
  }

  doc(id: string): OutboxDoc {
    return this.docs.get(id)!.delivery;
  }

  async due(now: Date, limit: number): Promise<VersionedDelivery[]> {
    const at = now.toISOString();
    return [...this.docs.values()]
      .filter(
        ({ delivery }) =>
          (delivery.status === 'pending' && delivery.notBefore <= at) ||
          (delivery.status === 'sending' && (delivery.claimedUntil ?? '') <= at),
      )
      .slice(0, limit);
  }

  async claimAll(due: readonly VersionedDelivery[], until: Date): Promise<VersionedDelivery[]> {
    return due.flatMap((entry) => {
      const next = this.replace(entry, {
        ...entry.delivery,
        status: 'sending',
        attempts: entry.delivery.attempts + 1,
        claimedUntil: until.toISOString(),
      });
      return next ? [next] : [];
    });
  }

  async settleAll(
    settlements: readonly { claimed: VersionedDelivery; outcome: DeliveryOutcome }[],
  ): Promise<boolean[]> {
    return settlements.map(({ claimed, outcome }) => {
      const next: OutboxDoc = { ...claimed.delivery, ...outcome };
      delete next.claimedUntil;
      return this.replace(claimed, next) !== undefined;
    });
  }

  async nextDueAt(): Promise<Date | undefined> {
    const instants = [...this.docs.values()].flatMap(({ delivery }) =>
      delivery.status === 'pending'
        ? [delivery.notBefore]
        : delivery.status === 'sending' && delivery.claimedUntil
          ? [delivery.claimedUntil]
          : [],
    );
    return instants.length > 0 ? new Date(instants.sort()[0]!) : undefined;
  }

  private replace(current: VersionedDelivery, next: OutboxDoc): VersionedDelivery | undefined {
    if (this.docs.get(next.id)?.etag !== current.etag) return undefined;
    const written = { delivery: next, etag: `v${++this.version}` };
    this.docs.set(next.id, written);
    return written;
  }
}

function delivery(personId: string, overrides: Partial<OutboxDoc> = {}): OutboxDoc {
  return {
    id: `nudge-1:${personId}`,
    tenantId: 'tenant-1',
    messageId: 'nudge-1',
    kind: 'nudge',
    personId,
    address: {
      teamsUserId: `29:${personId}`,
      conversationId: `a:${personId}`,
      serviceUrl: 'http://127.0.0.1:1/',
    },
    message: { text: 'Hello' },
    groupIds: ['group-1'],
    status: 'pending',
    notBefore: '2026-01-01T00:00:00.000Z',
    enqueuedAt: '2026-01-01T00:00:00.000Z',
    attempts: 0,
    ...overrides,
  };
}

function connectorError(statusCode: number, code?: string, retryAfter?: string) {
  return Object.assign(new Error(`status ${statusCode}`), {
    statusCode,
    code,
    response: { headers: { get: (name: string) => (name === 'retry-after' ? retryAfter : undefined) } },
  });
}

function setUp(
  sender: ProactiveSender,
  settings: { maxInFlight?: number; maxAttempts?: number; renewEveryMs?: number } = {},
) {
  const outbox = new MemoryOutbox();
  const events: ActivityEventDoc[] = [];
  const unreachable: string[] = [];
  const ports = {
    outbox,
    conversations: {
      markUnreachable: async (_tenantId: string, personId: string) => void unreachable.push(personId),
    },
    activity: { recordAll: async (recorded: readonly ActivityEventDoc[]) => void events.push(...recorded) },
  } as unknown as DispatcherPorts;
  const dispatcher = new Dispatcher(
    ports,
    sender,
    {
      ratePerSecond: 1_000,
      maxInFlight: settings.maxInFlight ?? 10,
      claimMs: 60_000,
      renewEveryMs: 1_000,
      ...settings,
    },
    createLogger('silent'),
  );
  /** What each run said when it found nothing to do (`undefined`: it did something). */
  const idleRuns: ({ nextDueAt?: Date } | undefined)[] = [];
  const run = async (renewLease = async () => true) => {
    let idle: { nextDueAt?: Date } | undefined;
    const context = { renewLease, signal: new AbortController().signal };
    await dispatcher.run({ ...context, idle: (nextDueAt) => (idle = { nextDueAt }) });
    idleRuns.push(idle);
  };
  return { outbox, events, unreachable, run, idleRuns };
}

const recordingSender = () => {
  const sent: string[] = [];
  return { sent, sender: { send: async (item: OutboxDoc) => void sent.push(item.personId) } };
};

describe('Dispatcher', () => {
  it('sends every due delivery once, settles it as sent and records nudge.sent', async () => {
    const { sent, sender } = recordingSender();
    const { outbox, events, run } = setUp(sender);
    for (const person of ['p1', 'p2', 'p3']) outbox.put(delivery(person));
    outbox.put(delivery('later', { notBefore: '2999-01-01T00:00:00.000Z' }));
    await run();
    await run();

    expect(sent.sort()).toEqual(['p1', 'p2', 'p3']);
    expect(outbox.doc('nudge-1:p1')).toMatchObject({ status: 'sent', attempts: 1 });
    expect(outbox.doc('nudge-1:p1').claimedUntil).toBeUndefined();
    expect(outbox.doc('nudge-1:later')).toMatchObject({ status: 'pending', attempts: 0 });
    expect(events.map((event) => [event.id, event.type, event.subjectId, event.groupIds])).toContainEqual([
      'nudge.sent:nudge-1:p1',
      'nudge.sent',
      'nudge-1',
      ['group-1'],
    ]);
  });

  it('says a run was idle when nothing was due, and when the next delivery falls due', async () => {
    const { sender } = recordingSender();
    const { outbox, run, idleRuns } = setUp(sender);
    await run();
    outbox.put(delivery('now'));
    outbox.put(delivery('later', { notBefore: '2999-01-01T00:00:00.000Z' }));
    await run();
    await run();
    expect(idleRuns).toEqual([
      { nextDueAt: undefined },
      undefined,
      { nextDueAt: new Date('2999-01-01T00:00:00.000Z') },
    ]);
  });

  it('never has more sends in flight than allowed', async () => {
    let current = 0;
    let most = 0;
    const sender = {
      send: async () => {
        most = Math.max(most, ++current);
        await new Promise((resolve) => setTimeout(resolve, 5));
        current--;
      },
    };
    const { outbox, run } = setUp(sender, { maxInFlight: 3 });
    for (let index = 0; index < 20; index++) outbox.put(delivery(`p${index}`));
    await run();
    expect(most).toBeLessThanOrEqual(3);
    expect([...outbox.docs.values()].every(({ delivery: item }) => item.status === 'sent')).toBe(true);
  });

  it('takes over a claim a dead dispatcher left behind, and leaves live claims alone', async () => {
    const { sent, sender } = recordingSender();
    const { outbox, run } = setUp(sender);
    outbox.put(
      delivery('lapsed', { status: 'sending', attempts: 1, claimedUntil: '2026-01-01T00:00:00.000Z' }),
    );
    outbox.put(
      delivery('live', { status: 'sending', attempts: 1, claimedUntil: '2999-01-01T00:00:00.000Z' }),
    );
    await run();
    expect(sent).toEqual(['lapsed']);
    expect(outbox.doc('nudge-1:lapsed')).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('puts a throttled delivery back until its Retry-After, and gives up after the last attempt', async () => {
    const sender = {
      send: async () => {
        throw connectorError(429, 'Throttled', '30');
      },
    };
    const { outbox, run } = setUp(sender, { maxAttempts: 2 });
    outbox.put(delivery('p1'));
    const before = Date.now();
    await run();
    const retried = outbox.doc('nudge-1:p1');
    expect(retried).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: expect.stringContaining('429'),
    });
    expect(Date.parse(retried.notBefore)).toBeGreaterThanOrEqual(before + 30_000);

    outbox.put({ ...retried, notBefore: '2026-01-01T00:00:00.000Z' });
    await run();
    expect(outbox.doc('nudge-1:p1')).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('marks a person who blocked the bot unreachable, and fails a message Teams rejects', async () => {
    const sender = {
      send: async (item: OutboxDoc) => {
        throw item.personId === 'blocker'
          ? connectorError(403, 'MessageWritesBlocked')
          : connectorError(400, 'BadArgument');
      },
    };
    const { outbox, unreachable, events, run } = setUp(sender);
    outbox.put(delivery('blocker'));
    outbox.put(delivery('bad'));
    await run();
    expect(outbox.doc('nudge-1:blocker')).toMatchObject({ status: 'unreachable', attempts: 1 });
    expect(unreachable).toEqual(['blocker']);
    expect(outbox.doc('nudge-1:bad')).toMatchObject({
      status: 'failed',
      lastError: expect.stringContaining('400'),
    });
    expect(events).toEqual([]);
  });

  it('stops when the lease is lost, handing back what it claimed and did not send', async () => {
    let renewals = 0;
    const sender = { send: () => new Promise<void>((resolve) => setTimeout(resolve, 20)) };
    const { outbox, run } = setUp(sender, { maxInFlight: 5, renewEveryMs: 50 });
    for (let index = 0; index < 50; index++) outbox.put(delivery(`p${index}`));
    await run(async () => ++renewals < 1);
    const statuses = [...outbox.docs.values()].map(({ delivery: item }) => item);
    expect(statuses.filter((item) => item.status === 'sending')).toEqual([]);
    expect(statuses.filter((item) => item.status === 'pending').every((item) => item.attempts === 0)).toBe(
      true,
    );
    expect(statuses.filter((item) => item.status === 'pending').length).toBeGreaterThan(0);
  });
});
