import type { CountersDoc, PeopleIndexDoc } from '../domain/insights/counter-documents';
import {
  peopleIndexId,
  campaignCountersId,
  dayCountersId,
  itemCountersId,
  monthActivityId,
} from '../domain/insights/counter-documents';
import {
  countersDelta,
  emptyCampaign,
  emptyDay,
  emptyItem,
  emptyMonth,
  withCounts,
  withDayBits,
  withItemDelta,
  withMonthDelta,
  withPeople,
  withSharers,
} from '../domain/insights/counter-deltas';
import { insightsSettingsOf } from '../domain/insights/settings';
import type { Repositories } from '../store/repositories';
import type { ActivityProjection } from './activity-projection';

/** Documents written side by side; the emulator and Cosmos both take a few concurrent writes well. */
const CONCURRENT_WRITES = 8;

/**
 * Keeps the Insights counters: each batch is added up in memory per document (day, month, campaign, item),
 * then each document takes it at most once (see `InsightsRepository.applyBatch`). Days are those of the
 * organisation's reporting time zone at the time the batch is applied.
 */
export function countersProjection(
  repositories: Pick<Repositories, 'organisations' | 'insights'>,
  clock: () => Date = () => new Date(),
): ActivityProjection {
  return {
    name: 'insights-counters',
    async apply(tenantId, events, batchId) {
      const now = clock();
      const { reportingTimeZone } = insightsSettingsOf(await repositories.organisations.find(tenantId));
      const base = (id: string) => ({ id, tenantId, appliedBatches: [], updatedAt: now.toISOString() });
      // Newcomers get their bit first: a batch applied again after a crash finds the same positions.
      await repositories.insights.applyBatch<PeopleIndexDoc>(
        tenantId,
        peopleIndexId,
        batchId,
        () => ({ ...base(peopleIndexId), kind: 'people-index', ids: [] }),
        (current) => ({
          ...current,
          ids: withPeople(
            current.ids,
            events.map((event) => event.personId),
          ),
        }),
        now,
      );
      const ids = (await repositories.insights.peopleIndex(tenantId)) ?? [];
      const delta = countersDelta(events, reportingTimeZone, new Map(ids.map((id, index) => [id, index])));
      const writes: (() => Promise<void>)[] = [];
      const write = <T extends CountersDoc>(id: string, empty: () => T, change: (current: T) => T) =>
        writes.push(() => repositories.insights.applyBatch(tenantId, id, batchId, empty, change, now));

      for (const [date, tree] of delta.days) {
        const id = dayCountersId(date);
        write(
          id,
          () => emptyDay(base(id), date),
          (current) => withDayBits(withCounts(current, tree), delta.dayBits.get(date)),
        );
      }
      for (const [month, people] of delta.months) {
        const id = monthActivityId(month);
        write(
          id,
          () => emptyMonth(base(id), month),
          (current) => withMonthDelta(current, people),
        );
      }
      for (const [campaignId, tree] of delta.campaigns) {
        const id = campaignCountersId(campaignId);
        write(
          id,
          () => emptyCampaign(base(id), campaignId),
          (current) => withSharers(withCounts(current, tree), delta.campaignSharers.get(campaignId)),
        );
      }
      for (const [itemId, itemDelta] of delta.items) {
        const id = itemCountersId(itemId);
        write(
          id,
          () => emptyItem(base(id), itemId),
          (current) => withItemDelta(current, itemDelta),
        );
      }
      await inParallel(writes, CONCURRENT_WRITES);
    },
  };
}

async function inParallel(tasks: (() => Promise<void>)[], width: number): Promise<void> {
  const queue = [...tasks];
  const worker = async () => {
    for (let task = queue.shift(); task; task = queue.shift()) await task();
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
}
