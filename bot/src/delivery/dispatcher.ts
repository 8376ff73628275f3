import { setTimeout as sleep } from 'node:timers/promises';
import { activityEvent } from '../activity/activity-event';
import type { ActivityEventDoc } from '../domain/documents';
import type { JobContext } from '../jobs/job-scheduler';
import type { Logger } from '../logger';
import type { DeliveryOutcome, VersionedDelivery } from '../store/outbox-repository';
import type { Repositories } from '../store/repositories';
import { backoffDelayMs } from './backoff';
import { classifySendError } from './classify-send-error';
import type { SendFailure } from './classify-send-error';
import { ConversationLimiter } from './conversation-limiter';
import { describeSendError } from './proactive-sender';
import type { ProactiveSender } from './proactive-sender';
import { ThrottleGate } from './throttle-gate';
import { TokenBucket } from './token-bucket';
import { WriteBatcher } from './write-batcher';

export interface DispatcherSettings {
  /** Sends per second for the tenant (Teams: about 50 per app per tenant). */
  ratePerSecond: number;
  /** Claimed and not yet settled at once: the most deliveries a crash can leave half-done, hence repeat. */
  maxInFlight: number;
  /** How long a claim lasts: longer than any one send, so only a dead dispatcher's claims lapse. */
  claimMs: number;
  /** How often the lease is renewed during a long run (the scheduler's interval; the lease lasts three). */
  renewEveryMs: number;
  /** Attempts per delivery before it is `failed`. */
  maxAttempts?: number;
  /** Deliveries read per query (default: ten seconds' worth at the rate, 500 to 5,000). */
  pageSize?: number;
  /** One run returns after this long at most; the next run carries on. */
  sliceMs?: number;
}

export type DispatcherPorts = Pick<Repositories, 'outbox' | 'conversations' | 'activity'>;

/** The most writes in one bulk request (Cosmos DB's limit per partition), and how long a write waits for others. */
const BATCH_SIZE = 100;
const BATCH_DELAY_MS = 20;
/** Bursts up to half a second's worth of sends: catches up after a pause without exceeding the rate for long. */
const BURST_SECONDS = 0.5;
/** The longest a run sleeps at once, so it notices a stop, a lease to renew or the end of its slice. */
const MAX_NAP_MS = 1_000;

interface Settlement {
  claimed: VersionedDelivery;
  outcome: DeliveryOutcome;
}

/**
 * Sends the outbox's due deliveries through the Bot Connector at the tenant's rate and within each
 * conversation's limits. Exactly once in normal operation: each delivery is claimed (ETag-guarded) before it
 * is sent and settled after; after a crash, lapsed claims are sent again, so repeats never exceed the
 * deliveries claimed and not yet settled (`maxInFlight`). One instance at a time runs it, under a lease.
 * Claims and settlements go to the store in bulk: one request per hundred deliveries, not one per send.
 */
export class Dispatcher {
  private readonly bucket: TokenBucket;
  private readonly conversations = new ConversationLimiter();
  private readonly gate: ThrottleGate;
  private readonly settings: Required<DispatcherSettings>;
  private readonly settlements: WriteBatcher<Settlement, boolean>;
  private readonly sentEvents: WriteBatcher<ActivityEventDoc, true>;

  constructor(
    private readonly ports: DispatcherPorts,
    private readonly sender: ProactiveSender,
    settings: DispatcherSettings,
    private readonly logger: Logger,
    private readonly clock: () => number = Date.now,
    private readonly random: () => number = Math.random,
  ) {
    const tenSeconds = Math.round(settings.ratePerSecond * 10);
    this.settings = {
      maxAttempts: 5,
      pageSize: Math.min(5_000, Math.max(500, tenSeconds)),
      sliceMs: 15 * 60_000,
      ...settings,
    };
    const burst = Math.max(1, Math.floor(settings.ratePerSecond * BURST_SECONDS));
    this.bucket = new TokenBucket(settings.ratePerSecond, burst, clock());
    this.gate = new ThrottleGate(random);
    this.settlements = new WriteBatcher((batch) => ports.outbox.settleAll(batch), BATCH_SIZE, BATCH_DELAY_MS);
    this.sentEvents = new WriteBatcher(
      async (events) => {
        await ports.activity.recordAll(events);
        return events.map(() => true as const);
      },
      BATCH_SIZE,
      BATCH_DELAY_MS,
    );
  }

  /**
   * Sends until nothing is due, the slice is over, the lease is lost or the instance stops. Says it was idle if
   * nothing was due at all, with when the next delivery falls due (quiet hours, a retry, a lapsing claim).
   */
  async run(context: JobContext): Promise<void> {
    const { pageSize, sliceMs, maxInFlight, renewEveryMs, claimMs } = this.settings;
    const startedAt = this.clock();
    /** Read, due, not claimed yet. */
    const queue: VersionedDelivery[] = [];
    /** Claimed, waiting for their turn to be sent. */
    const ready: VersionedDelivery[] = [];
    /** Queued, claimed or being sent in this run: a page read meanwhile must not bring them back. */
    const active = new Set<string>();
    /** Settled for good in this run: a page read before they were would still show them due. */
    const settled = new Set<string>();
    /** Sends on their way, each until its delivery is settled in the store. */
    const sending = new Set<Promise<void>>();
    /** Claimed (or being claimed) and not settled yet: the sends in flight. */
    let held = 0;
    let reading: Promise<void> | undefined;
    /** Claim requests on their way: two at once, so one's round trip hides behind the other's sends. */
    const claiming = new Set<Promise<void>>();
    let beingClaimed = 0;
    let exhausted = false;
    let found = false;
    let renewedAt = startedAt;

    const readPage = () =>
      (reading ??= this.ports.outbox
        .due(new Date(this.clock()), pageSize)
        .then((page) => {
          const fresh = page.filter(({ delivery }) => !active.has(delivery.id) && !settled.has(delivery.id));
          for (const due of fresh) active.add(due.delivery.id);
          queue.push(...fresh);
          found ||= page.length > 0;
          exhausted = page.length < pageSize || fresh.length === 0;
        })
        .catch((error) => {
          exhausted = true; // the next run tries again
          this.logger.error({ err: error }, 'due deliveries not read');
        })
        .finally(() => (reading = undefined)));

    const claimMore = () => {
      const batch = queue.splice(0, Math.min(BATCH_SIZE, maxInFlight - held));
      held += batch.length;
      beingClaimed += batch.length;
      const claim: Promise<void> = (async () => {
        let claimed: VersionedDelivery[] = [];
        try {
          claimed = await this.ports.outbox.claimAll(batch, new Date(this.clock() + claimMs));
        } catch (error) {
          // Claimed or not, they come back once due (or once the claims lapse).
          this.logger.error({ err: error }, 'deliveries not claimed');
        }
        held -= batch.length - claimed.length;
        const taken = new Set(claimed.map(({ delivery }) => delivery.id));
        for (const { delivery } of batch) if (!taken.has(delivery.id)) active.delete(delivery.id);
        ready.push(...claimed);
      })().finally(() => {
        beingClaimed -= batch.length;
        claiming.delete(claim);
      });
      claiming.add(claim);
    };

    const pause = (ms: number) =>
      sleep(Math.max(1, ms), undefined, { signal: context.signal }).catch(() => undefined);

    // Bounded by time: each turn sends one delivery or waits for something that lets the next one go.
    while (!context.signal.aborted && this.clock() - startedAt < sliceMs) {
      const now = this.clock();
      if (now - renewedAt >= renewEveryMs) {
        if (!(await context.renewLease())) break;
        renewedAt = now;
      }
      // Read and claim ahead, so sending never waits for the store.
      if (!exhausted && queue.length <= pageSize / 4) void readPage();
      const claimedAhead = ready.length + beingClaimed;
      if (claiming.size < 2 && claimedAhead < BATCH_SIZE && queue.length > 0 && held < maxInFlight)
        claimMore();
      if (ready.length === 0) {
        if (claiming.size > 0) await Promise.race(claiming);
        else if (sending.size > 0) await Promise.race(sending);
        else if (reading) await reading;
        else break;
        continue;
      }
      if (this.gate.pausedUntil > now) {
        await pause(Math.min(MAX_NAP_MS, this.gate.pausedUntil - now));
        continue;
      }
      const index = this.firstSendable(ready, now);
      if (index < 0) {
        await pause(MAX_NAP_MS / 10);
        continue;
      }
      const [claimed] = ready.splice(index, 1);
      if (!claimed) continue;
      const wait = this.bucket.take(now);
      if (wait > 0) await pause(wait);
      this.conversations.record(claimed.delivery.address.conversationId, this.clock());
      const id = claimed.delivery.id;
      const send: Promise<void> = this.deliver(claimed)
        .then((status) => {
          // Back to pending, it may fall due again within this run.
          if (status !== 'pending') settled.add(id);
        })
        .catch((error) => this.logger.error({ err: error, deliveryId: id }, 'delivery not settled'))
        .finally(() => {
          held--;
          sending.delete(send);
          active.delete(id);
        });
      sending.add(send);
    }
    await Promise.allSettled(claiming);
    // Claimed but not sent (the run is stopping): handed back as they were, for the next run.
    const unsent = ready.splice(0);
    await Promise.allSettled([
      ...sending,
      ...unsent.map((claimed) =>
        this.settlements.write({
          claimed,
          outcome: { status: 'pending', attempts: claimed.delivery.attempts - 1 },
        }),
      ),
    ]);
    await reading;
    this.conversations.prune(this.clock());
    if (!found && !context.signal.aborted) context.idle(await this.ports.outbox.nextDueAt());
  }

  /** The first claimed delivery whose conversation may receive a message now (Teams' per-conversation limits). */
  private firstSendable(ready: readonly VersionedDelivery[], now: number): number {
    return ready.findIndex(
      ({ delivery }) => this.conversations.nextAllowedAt(delivery.address.conversationId, now) <= now,
    );
  }

  /** Sends one claimed delivery and settles it. A crash before the settle leaves a claim that lapses. */
  private async deliver(claimed: VersionedDelivery): Promise<DeliveryOutcome['status']> {
    let failure: SendFailure | undefined;
    try {
      await this.sender.send(claimed.delivery);
    } catch (error) {
      failure = classifySendError(describeSendError(error), this.clock());
    }
    const at = new Date(this.clock());
    if (!failure) this.gate.succeeded();
    const outcome: DeliveryOutcome = failure
      ? await this.afterFailure(claimed, failure, at)
      : { status: 'sent', sentAt: at.toISOString() };
    const written = await this.settlements.write({ claimed, outcome });
    if (written && outcome.status === 'sent' && claimed.delivery.kind === 'nudge') {
      await this.sentEvents.write(this.sentEvent(claimed, at));
    }
    return outcome.status;
  }

  private async afterFailure(
    { delivery }: VersionedDelivery,
    failure: SendFailure,
    at: Date,
  ): Promise<DeliveryOutcome> {
    const lastError = failure.reason.slice(0, 500);
    switch (failure.kind) {
      case 'blocked':
        await this.ports.conversations.markUnreachable(delivery.tenantId, delivery.personId, at);
        return { status: 'unreachable', lastError };
      case 'rejected':
        return { status: 'failed', lastError };
      case 'throttled':
      case 'transient': {
        const delayMs =
          failure.kind === 'throttled'
            ? this.gate.throttled(at.getTime(), failure.retryAfterMs)
            : backoffDelayMs(delivery.attempts, this.random);
        if (delivery.attempts >= this.settings.maxAttempts) return { status: 'failed', lastError };
        return { status: 'pending', notBefore: new Date(at.getTime() + delayMs).toISOString(), lastError };
      }
    }
  }

  private sentEvent({ delivery }: VersionedDelivery, at: Date): ActivityEventDoc {
    const recipient = {
      id: delivery.personId,
      tenantId: delivery.tenantId,
      groupIds: delivery.groupIds ?? [],
      ...(delivery.brandId ? { brandId: delivery.brandId } : {}),
    };
    return {
      ...activityEvent(recipient, 'nudge.sent', at, { subjectId: delivery.messageId }),
      // One per delivery: written again (after a crash), it stays one.
      id: `nudge.sent:${delivery.id}`,
    };
  }
}
