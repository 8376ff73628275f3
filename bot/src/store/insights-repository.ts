import type {
  CampaignCountersDoc,
  CampaignTotals,
  CountersDoc,
  DayCountersDoc,
  ItemCountersDoc,
  MonthActivityDoc,
} from '../domain/insights/counter-documents';
import {
  campaignCountersId,
  itemCountersId,
  monthActivityId,
  peopleIndexId,
} from '../domain/insights/counter-documents';
import { emptyDay } from '../domain/insights/counter-deltas';
import { namesPerson, withPersonRenamed } from '../domain/insights/pseudonymise-counters';
import { withoutSystemProperties } from './system-properties';
import { isStatus, TenantRepository } from './tenant-repository';

/** A document keeps this many batch ids: a batch is only ever re-applied right after its own crash. */
const REMEMBERED_BATCHES = 20;
const MAX_CONFLICT_RETRIES = 10;

/** The Insights counters: written by the counters projection alone, read by the dashboards by id or by day. */
export class InsightsRepository extends TenantRepository<CountersDoc> {
  /**
   * Applies a batch's change to one document at most once: the document remembers the batches it took, and
   * the write is conditional (create, or replace on the ETag read), retried when another writer won.
   */
  async applyBatch<T extends CountersDoc>(
    tenantId: string,
    id: string,
    batchId: string,
    empty: () => T,
    change: (current: T) => T,
    now: Date,
  ): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const { resource, etag } = await this.container.item(id, tenantId).read<T>();
      const current = resource ? withoutSystemProperties(resource) : undefined;
      if (current?.appliedBatches.includes(batchId)) return;
      const next = {
        ...change(current ?? empty()),
        appliedBatches: [...(current?.appliedBatches ?? []), batchId].slice(-REMEMBERED_BATCHES),
        updatedAt: now.toISOString(),
      };
      try {
        if (resource) {
          await this.container
            .item(id, tenantId)
            .replace(next, { accessCondition: { type: 'IfMatch', condition: etag } });
        } else {
          await this.container.items.create(next);
        }
        return;
      } catch (error) {
        const lostRace = isStatus(error, 412) || isStatus(error, 409);
        if (!lostRace || attempt >= MAX_CONFLICT_RETRIES) throw error;
      }
    }
  }

  /**
   * The programme's days from `from` to `to` that saw activity (days without any have no document), with the
   * slices asked for: `totals` (and who was active) for a previous period, the programme-wide slices for the
   * programme's dashboard, `all` for drill-downs. Slices not read are empty.
   */
  async days(
    tenantId: string,
    from: string,
    to: string,
    slices: 'totals' | 'programme' | 'all',
  ): Promise<DayCountersDoc[]> {
    const fields = {
      totals: 'c.id, c.date, c.totals, c.activeBits',
      programme:
        'c.id, c.date, c.totals, c.byCampaign, c.byNetwork, c.byGroup, c.byBrand, c.byItem, c.activeBits, c.campaignBits',
      all: '*',
    }[slices];
    const { resources } = await this.container.items
      .query<DayCountersDoc>(
        {
          query: `SELECT ${fields} FROM c WHERE c.tenantId = @tenantId AND c.kind = 'day' AND c.date >= @from AND c.date <= @to`,
          parameters: [
            { name: '@tenantId', value: tenantId },
            { name: '@from', value: from },
            { name: '@to', value: to },
          ],
        },
        { partitionKey: tenantId, maxItemCount: 1_000 },
      )
      .fetchAll();
    return resources.map((day) => ({
      ...emptyDay({ id: day.id, tenantId, appliedBatches: [], updatedAt: '' }, day.date),
      ...withoutSystemProperties(day),
    }));
  }

  /** Every person the counters saw, in bitmap order. */
  async peopleIndex(tenantId: string): Promise<string[] | undefined> {
    const doc = await this.get(tenantId, peopleIndexId);
    return doc?.kind === 'people-index' ? doc.ids : undefined;
  }

  /** Campaigns' totals and sharers, without each person's figures: what the programme dashboard needs. */
  campaignTotals(tenantId: string): Promise<CampaignTotals[]> {
    return this.queryAll(
      tenantId,
      "SELECT c.campaignId, c.totals, c.sharerBits FROM c WHERE c.tenantId = @tenantId AND c.kind = 'campaign'",
      [{ name: '@tenantId', value: tenantId }],
    ) as unknown as Promise<CampaignTotals[]>;
  }

  async months(tenantId: string, months: readonly string[]): Promise<MonthActivityDoc[]> {
    const found = await Promise.all(months.map((month) => this.get(tenantId, monthActivityId(month))));
    return found.filter((doc): doc is MonthActivityDoc => doc?.kind === 'month');
  }

  /** Every month with activity or enrolments, for retention: one document per month, whatever the events. */
  allMonths(tenantId: string): Promise<MonthActivityDoc[]> {
    return this.queryAll(tenantId, "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'month'", [
      { name: '@tenantId', value: tenantId },
    ]) as Promise<MonthActivityDoc[]>;
  }

  async campaigns(tenantId: string, campaignIds: readonly string[]): Promise<CampaignCountersDoc[]> {
    const found = await Promise.all(campaignIds.map((id) => this.get(tenantId, campaignCountersId(id))));
    return found.filter((doc): doc is CampaignCountersDoc => doc?.kind === 'campaign');
  }

  async item(tenantId: string, itemId: string): Promise<ItemCountersDoc | undefined> {
    const doc = await this.get(tenantId, itemCountersId(itemId));
    return doc?.kind === 'item' ? doc : undefined;
  }

  /** Documents that name people (months, campaigns, items), for pseudonymisation on erasure. */
  naming(tenantId: string): Promise<(MonthActivityDoc | CampaignCountersDoc | ItemCountersDoc)[]> {
    return this.queryAll(
      tenantId,
      "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind IN ('month', 'campaign', 'item')",
      [{ name: '@tenantId', value: tenantId }],
    ) as Promise<(MonthActivityDoc | CampaignCountersDoc | ItemCountersDoc)[]>;
  }

  /** After erasure: the person's figures stay in every total, credited to their pseudonym. */
  async pseudonymise(tenantId: string, personId: string, pseudonym: string): Promise<void> {
    await this.update(tenantId, peopleIndexId, (current) =>
      current.kind === 'people-index'
        ? { ...current, ids: current.ids.map((id) => (id === personId ? pseudonym : id)) }
        : current,
    );
    for (const doc of await this.naming(tenantId)) {
      if (!namesPerson(doc, personId)) continue;
      await this.update(tenantId, doc.id, (current) =>
        current.kind === 'day' || current.kind === 'people-index'
          ? current
          : withPersonRenamed(current, personId, pseudonym),
      );
    }
  }
}
