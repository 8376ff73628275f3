import { setTimeout as sleep } from 'node:timers/promises';
import type { ProgrammeEventDoc } from '../domain/documents';
import { withoutSystemProperties } from './system-properties';
import type { Page } from './tenant-repository';
import { isStatus, TenantRepository } from './tenant-repository';

/** Enough for a crowd registering at the same second: each round, one of them wins the ETag race. */
const MAX_ATTEMPTS = 200;
const MAX_BACKOFF_MS = 50;

/** Programme events (gatherings), with their seats and waitlist inside each document. */
export class EventRepository extends TenantRepository<ProgrammeEventDoc> {
  /** Each event's status, whatever its date: whether one is drafted or published at all (the programme plan). */
  async statuses(tenantId: string): Promise<ProgrammeEventDoc['status'][]> {
    const { resources } = await this.container.items
      .query<ProgrammeEventDoc['status']>(
        {
          query: 'SELECT VALUE c.status FROM c WHERE c.tenantId = @tenantId',
          parameters: [{ name: '@tenantId', value: tenantId }],
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources;
  }

  /** The studio's list: latest start first. */
  page(tenantId: string, limit: number, continuationToken?: string): Promise<Page<ProgrammeEventDoc>> {
    return this.queryPage(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId ORDER BY c.startsAt DESC',
      [{ name: '@tenantId', value: tenantId }],
      limit,
      continuationToken,
    );
  }

  /** Published or cancelled events not over yet, soonest first: a tenant holds a few a month at most. */
  notOver(tenantId: string, now: Date): Promise<ProgrammeEventDoc[]> {
    return this.queryAll(
      tenantId,
      `SELECT * FROM c WHERE c.tenantId = @tenantId AND c.status != 'draft' AND c.endsAt > @now
        ORDER BY c.startsAt ASC`,
      [
        { name: '@tenantId', value: tenantId },
        { name: '@now', value: now.toISOString() },
      ],
    );
  }

  /** Every event of a tenant where a person holds or held a place, e.g. to erase them. */
  withPerson(tenantId: string, personId: string): Promise<ProgrammeEventDoc[]> {
    return this.queryAll(
      tenantId,
      `SELECT * FROM c WHERE c.tenantId = @tenantId AND (ARRAY_CONTAINS(c.registered, { personId: @personId }, true)
        OR ARRAY_CONTAINS(c.waitlist, { personId: @personId }, true))`,
      [
        { name: '@tenantId', value: tenantId },
        { name: '@personId', value: personId },
      ],
    );
  }

  /** Across tenants, for the reminder job: published events starting before `until`, not reminded yet. */
  async startingBefore(now: Date, until: Date): Promise<ProgrammeEventDoc[]> {
    const { resources } = await this.container.items
      .query<ProgrammeEventDoc>({
        query: `SELECT * FROM c WHERE c.status = 'published' AND NOT IS_DEFINED(c.remindedAt)
          AND c.startsAt > @now AND c.startsAt <= @until`,
        parameters: [
          { name: '@now', value: now.toISOString() },
          { name: '@until', value: until.toISOString() },
        ],
      })
      .fetchAll();
    return resources.map(withoutSystemProperties);
  }

  /**
   * Read-modify-write guarded by the ETag, like `update`, but retried with jitter until it wins: many people
   * register for the same event at once. `change` returns undefined to leave the document as it is, and may
   * throw to refuse; it runs again on the latest version after each lost race.
   */
  async decide(
    tenantId: string,
    id: string,
    change: (current: ProgrammeEventDoc) => ProgrammeEventDoc | undefined,
  ): Promise<{ before: ProgrammeEventDoc; after: ProgrammeEventDoc } | undefined> {
    for (let attempt = 1; ; attempt++) {
      const { resource, etag } = await this.container.item(id, tenantId).read<ProgrammeEventDoc>();
      if (!resource) return undefined;
      const before = withoutSystemProperties(resource);
      const after = change(before);
      if (!after) return { before, after: before };
      try {
        const { resource: saved } = await this.container
          .item(id, tenantId)
          .replace<ProgrammeEventDoc>(after, { accessCondition: { type: 'IfMatch', condition: etag } });
        return { before, after: saved ? withoutSystemProperties(saved) : after };
      } catch (error) {
        if (!isStatus(error, 412) || attempt >= MAX_ATTEMPTS) throw error;
        await sleep(Math.random() * Math.min(MAX_BACKOFF_MS, attempt * 5));
      }
    }
  }
}
