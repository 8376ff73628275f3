import type { FeedNoticeDoc } from '../domain/documents';
import { TenantRepository } from './tenant-repository';
import { WorkSignal } from './work-signal';

/** Activity feed notifications to send, across tenants: written when announced, settled once Graph took them. */
export class FeedNoticeRepository extends TenantRepository<FeedNoticeDoc> {
  /** Notified when notices are written in this process: the sender need not wait for its next turn. */
  readonly enqueued = new WorkSignal();

  async enqueue(notices: readonly FeedNoticeDoc[]): Promise<void> {
    for (const notice of notices) await this.createOnce(notice);
    if (notices.length > 0) this.enqueued.notify();
  }

  /** Pending notices due now, soonest first, across tenants. */
  async due(now: Date, limit: number): Promise<FeedNoticeDoc[]> {
    const { resources } = await this.container.items
      .query<FeedNoticeDoc>(
        {
          query: `SELECT TOP ${Math.trunc(limit)} * FROM c
            WHERE c.status = 'pending' AND c.notBefore <= @now ORDER BY c.notBefore`,
          parameters: [{ name: '@now', value: now.toISOString() }],
        },
        { maxItemCount: limit },
      )
      .fetchAll();
    return resources;
  }

  /** When the next pending notice falls due; undefined if none is pending. */
  async nextDueAt(): Promise<Date | undefined> {
    const { resources } = await this.container.items
      .query<Pick<FeedNoticeDoc, 'notBefore'>>(
        "SELECT TOP 1 c.notBefore FROM c WHERE c.status = 'pending' ORDER BY c.notBefore",
      )
      .fetchAll();
    return resources[0] ? new Date(resources[0].notBefore) : undefined;
  }

  /** Notices sent or given up, and announced before `before`: nothing left to do with them. */
  purgeSettledBefore(tenantId: string, before: string): Promise<number> {
    return this.deleteSelected(
      tenantId,
      "SELECT c.id FROM c WHERE c.tenantId = @tenantId AND c.enqueuedAt < @before AND c.status IN ('sent', 'failed')",
      [
        { name: '@tenantId', value: tenantId },
        { name: '@before', value: before },
      ],
      () => false,
    );
  }
}
