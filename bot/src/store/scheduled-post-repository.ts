import type { ScheduledPostDoc } from '../domain/documents';
import { withoutSystemProperties } from './system-properties';
import { TenantRepository, isStatus } from './tenant-repository';
import { WorkSignal } from './work-signal';

/** A scheduled post as read, with the ETag that guards the next write to it. */
export interface VersionedPost {
  post: ScheduledPostDoc;
  etag: string;
}

/** What cancelling came to: gone, never this person's (or already gone), or too late (being posted, or posted). */
export type Cancellation = 'cancelled' | 'notFound' | 'tooLate';

/** Posts people scheduled, until they are settled (posted or failed) and kept a while. */
export class ScheduledPostRepository extends TenantRepository<ScheduledPostDoc> {
  /** Notified when a post is scheduled in this process: the job looks again at when the next falls due. */
  readonly scheduled = new WorkSignal();

  async schedule(post: ScheduledPostDoc): Promise<void> {
    await this.upsert(post);
    this.scheduled.notify();
  }

  /** A person's posts to come (scheduled, or being posted), soonest first. */
  pendingOf(tenantId: string, personId: string): Promise<ScheduledPostDoc[]> {
    return this.queryAll(
      tenantId,
      `SELECT * FROM c WHERE c.tenantId = @tenantId AND c.personId = @personId
        AND c.status IN ('scheduled', 'posting') ORDER BY c.at`,
      [
        { name: '@tenantId', value: tenantId },
        { name: '@personId', value: personId },
      ],
    );
  }

  /**
   * Posts to act on now, across tenants: scheduled ones whose time has come, and ones taken for posting before
   * `abandonedBefore` whose taker never said how it went.
   */
  async due(now: Date, abandonedBefore: Date, limit: number): Promise<VersionedPost[]> {
    const { resources } = await this.container.items
      .query<ScheduledPostDoc & { _etag: string }>(
        {
          query: `SELECT TOP ${Math.trunc(limit)} * FROM c
            WHERE (c.status = 'scheduled' AND c.at <= @now)
              OR (c.status = 'posting' AND c.attemptedAt <= @abandonedBefore)`,
          parameters: [
            { name: '@now', value: now.toISOString() },
            { name: '@abandonedBefore', value: abandonedBefore.toISOString() },
          ],
        },
        { maxItemCount: limit },
      )
      .fetchAll();
    return resources.map((resource) => ({ post: withoutSystemProperties(resource), etag: resource._etag }));
  }

  /** When the next post falls due, or an attempt under way counts as abandoned; undefined if nothing will. */
  async nextDueAt(abandonAfterMs: number): Promise<Date | undefined> {
    const first = async (field: 'at' | 'attemptedAt', status: ScheduledPostDoc['status']) => {
      const { resources } = await this.container.items
        .query<Record<typeof field, string>>({
          query: `SELECT TOP 1 c.${field} FROM c WHERE c.status = @status ORDER BY c.${field}`,
          parameters: [{ name: '@status', value: status }],
        })
        .fetchAll();
      const instant = resources[0]?.[field];
      return instant === undefined ? undefined : Date.parse(instant);
    };
    const scheduled = await first('at', 'scheduled');
    const attempted = await first('attemptedAt', 'posting');
    const times = [scheduled, attempted === undefined ? undefined : attempted + abandonAfterMs].filter(
      (time): time is number => time !== undefined,
    );
    return times.length > 0 ? new Date(Math.min(...times)) : undefined;
  }

  /**
   * Replaces the post if nobody changed it since it was read (another instance's claim, a cancellation): the one
   * write that decides who posts it. Undefined when it changed or is gone.
   */
  async replaceIfUnchanged(read: VersionedPost, next: ScheduledPostDoc): Promise<VersionedPost | undefined> {
    try {
      const { resource, etag } = await this.container
        .item(next.id, next.tenantId)
        .replace<ScheduledPostDoc>(next, { accessCondition: { type: 'IfMatch', condition: read.etag } });
      return resource ? { post: withoutSystemProperties(resource), etag } : undefined;
    } catch (error) {
      if (isStatus(error, 412) || isStatus(error, 404)) return undefined;
      throw error;
    }
  }

  /** Cancels the person's post while it is still only scheduled; the job's claim and this delete race on the ETag. */
  async cancel(tenantId: string, personId: string, id: string): Promise<Cancellation> {
    // The ETag as the store gives it (quoted on Azure), which the delete's condition must repeat.
    const { resource, etag } = await this.container.item(id, tenantId).read<ScheduledPostDoc>();
    if (!resource || resource.personId !== personId) return 'notFound';
    if (resource.status !== 'scheduled') return 'tooLate';
    try {
      await this.container
        .item(id, tenantId)
        .delete({ accessCondition: { type: 'IfMatch', condition: etag } });
      return 'cancelled';
    } catch (error) {
      if (isStatus(error, 404)) return 'notFound';
      // Changed since read: the job took it.
      if (isStatus(error, 412)) return 'tooLate';
      throw error;
    }
  }

  /** Erasure: nothing is posted in the person's name any more. */
  deleteOfPerson(tenantId: string, personId: string): Promise<number> {
    return this.deleteSelected(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.personId = @personId',
      [
        { name: '@tenantId', value: tenantId },
        { name: '@personId', value: personId },
      ],
      () => false,
    );
  }
}
