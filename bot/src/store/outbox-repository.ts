import type { JSONObject } from '@azure/cosmos';
import type { DeliveryKind, DeliveryStatus, OutboxDoc } from '../domain/documents';
import { deliveryStatuses } from '../domain/documents';
import { withoutSystemProperties } from './system-properties';
import { TenantRepository } from './tenant-repository';
import { WorkSignal } from './work-signal';

/** The most operations one bulk request may carry per partition. */
const BULK_SIZE = 100;

export type DeliveryProgress = Record<DeliveryStatus, number>;

/** A delivery as read, with the ETag that guards the dispatcher's next write to it. */
export interface VersionedDelivery {
  delivery: OutboxDoc;
  etag: string;
}

/** What came of a claimed delivery: sent, given up, or back to pending for another attempt later. */
export type DeliveryOutcome = Pick<OutboxDoc, 'status'> &
  Partial<Pick<OutboxDoc, 'sentAt' | 'lastError' | 'notBefore' | 'attempts'>>;

/** The outbox of proactive messages: one document per (message, recipient). */
export class OutboxRepository extends TenantRepository<OutboxDoc> {
  /** Notified when deliveries are enqueued in this process: the dispatcher need not wait for its next turn. */
  readonly enqueued = new WorkSignal();

  /**
   * Deliveries due now, across tenants, one page at a time: pending ones past their `notBefore`, and claims a
   * dead dispatcher left behind. One query per page, never one per send: the local store scans every document.
   */
  async due(now: Date, limit: number): Promise<VersionedDelivery[]> {
    const { resources } = await this.container.items
      .query<OutboxDoc & { _etag: string }>(
        {
          query: `SELECT TOP ${Math.trunc(limit)} * FROM c
            WHERE (c.status = 'pending' AND c.notBefore <= @now)
              OR (c.status = 'sending' AND c.claimedUntil <= @now)`,
          parameters: [{ name: '@now', value: now.toISOString() }],
        },
        { maxItemCount: limit },
      )
      .fetchAll();
    return resources.map((resource) => ({
      delivery: withoutSystemProperties(resource),
      etag: resource._etag,
    }));
  }

  /** When a delivery next falls due (pending until its `notBefore`, or a claim lapsing); undefined if none will. */
  async nextDueAt(): Promise<Date | undefined> {
    const { resources: pending } = await this.container.items
      .query<Pick<OutboxDoc, 'notBefore'>>(
        "SELECT TOP 1 c.notBefore FROM c WHERE c.status = 'pending' ORDER BY c.notBefore",
      )
      .fetchAll();
    // Claims are few (each dispatcher holds at most its in-flight sends), and `claimedUntil` is not indexed.
    const { resources: claims } = await this.container.items
      .query<Pick<OutboxDoc, 'claimedUntil'>>("SELECT c.claimedUntil FROM c WHERE c.status = 'sending'")
      .fetchAll();
    const instants = [...pending.map((row) => row.notBefore), ...claims.map((row) => row.claimedUntil)];
    const times = instants.flatMap((instant) => (instant ? [Date.parse(instant)] : []));
    return times.length > 0 ? new Date(Math.min(...times)) : undefined;
  }

  /**
   * Takes deliveries for sending until `until`, in bulk; returns those taken: not the ones another dispatcher
   * changed since they were read (their ETag no longer matches).
   */
  async claimAll(due: readonly VersionedDelivery[], until: Date): Promise<VersionedDelivery[]> {
    const claims = due.map(({ delivery, etag }) => ({
      etag,
      next: {
        ...delivery,
        status: 'sending' as const,
        attempts: delivery.attempts + 1,
        claimedUntil: until.toISOString(),
      },
    }));
    const etags = await this.replaceAllIfUnchanged(claims);
    return claims.flatMap(({ next }, index) => {
      const etag = etags[index];
      return etag ? [{ delivery: next, etag }] : [];
    });
  }

  /** Records what came of claimed deliveries; false for each whose claim lapsed and another dispatcher took. */
  async settleAll(
    settlements: readonly { claimed: VersionedDelivery; outcome: DeliveryOutcome }[],
  ): Promise<boolean[]> {
    const etags = await this.replaceAllIfUnchanged(
      settlements.map(({ claimed, outcome }) => {
        const next: OutboxDoc = { ...claimed.delivery, ...outcome };
        delete next.claimedUntil;
        return { etag: claimed.etag, next };
      }),
    );
    return etags.map((etag) => etag !== undefined);
  }

  /** ETag-guarded replaces in bulk requests; the new ETag of each, undefined where it no longer matched. */
  private async replaceAllIfUnchanged(
    replaces: readonly { etag: string; next: OutboxDoc }[],
  ): Promise<(string | undefined)[]> {
    const etags: (string | undefined)[] = [];
    for (let start = 0; start < replaces.length; start += BULK_SIZE) {
      const results = await this.container.items.bulk(
        replaces.slice(start, start + BULK_SIZE).map(({ etag, next }) => ({
          operationType: 'Replace' as const,
          id: next.id,
          partitionKey: next.tenantId,
          ifMatch: etag,
          // A stored document is JSON; the SDK's bulk type wants it said so.
          resourceBody: { ...next } as unknown as JSONObject,
        })),
      );
      for (const result of results) {
        if (result.statusCode < 300 && result.eTag) etags.push(result.eTag);
        else if (result.statusCode === 412 || result.statusCode === 404) etags.push(undefined);
        else throw new Error(`outbox write failed (status ${result.statusCode})`);
      }
    }
    return etags;
  }

  /**
   * Creates each delivery unless it exists (enqueuing a message twice never sends it twice), in bulk requests:
   * a message to ten thousand people is a hundred requests, not ten thousand.
   */
  async enqueue(deliveries: readonly OutboxDoc[]): Promise<number> {
    let created = 0;
    for (let start = 0; start < deliveries.length; start += BULK_SIZE) {
      const results = await this.container.items.bulk(
        deliveries.slice(start, start + BULK_SIZE).map((delivery) => ({
          operationType: 'Create' as const,
          resourceBody: { ...delivery } as unknown as JSONObject,
        })),
      );
      for (const result of results) {
        if (result.statusCode < 300) created++;
        else if (result.statusCode !== 409)
          throw new Error(`outbox write failed (status ${result.statusCode})`);
      }
    }
    if (created > 0) this.enqueued.notify();
    return created;
  }

  /** How many deliveries of a message are in each status. */
  async progress(tenantId: string, messageId: string): Promise<DeliveryProgress> {
    const rows = await this.container.items
      .query<{ status: DeliveryStatus }>(
        {
          query: 'SELECT c.status FROM c WHERE c.tenantId = @tenantId AND c.messageId = @messageId',
          parameters: [
            { name: '@tenantId', value: tenantId },
            { name: '@messageId', value: messageId },
          ],
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    const progress = Object.fromEntries(deliveryStatuses.map((status) => [status, 0])) as DeliveryProgress;
    for (const row of rows.resources) progress[row.status]++;
    return progress;
  }

  /** Who was sent what of this kind since then (queued, whatever came of it): for caps per person. */
  async queuedSince(
    tenantId: string,
    kind: DeliveryKind,
    since: Date,
  ): Promise<Pick<OutboxDoc, 'messageId' | 'personId'>[]> {
    // `kind` is not indexed: filtered here, on the (indexed) period's deliveries.
    const { resources } = await this.container.items
      .query<Pick<OutboxDoc, 'messageId' | 'personId' | 'kind'>>(
        {
          query: `SELECT c.messageId, c.personId, c.kind FROM c
            WHERE c.tenantId = @tenantId AND c.enqueuedAt >= @since`,
          parameters: [
            { name: '@tenantId', value: tenantId },
            { name: '@since', value: since.toISOString() },
          ],
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources
      .filter((row) => row.kind === kind)
      .map(({ messageId, personId }) => ({ messageId, personId }));
  }

  /** Deliveries settled (sent, failed, unreachable) and queued before `before`: nothing left to do with them. */
  purgeSettledBefore(tenantId: string, before: string): Promise<number> {
    return this.deleteSelected(
      tenantId,
      "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.enqueuedAt < @before AND c.status IN ('sent', 'failed', 'unreachable')",
      [
        { name: '@tenantId', value: tenantId },
        { name: '@before', value: before },
      ],
      () => false,
    );
  }
}
