import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityEvent } from '../../bot/src/activity/activity-event';
import type { ActivityProjection } from '../../bot/src/activity/activity-projection';
import { countersProjection } from '../../bot/src/activity/counters-projection';
import { drainActivity } from '../../bot/src/activity/drain-activity';
import { createLogger } from '../../bot/src/logger';
import { CosmosStore } from '../../bot/src/store/cosmos-store';
import { createRepositories } from '../../bot/src/store/repositories';
import type { Repositories } from '../../bot/src/store/repositories';

/* The projection job's drain on the real Cosmos protocol, without a service whose own job would compete. */

let dataDir: string;
let store: CosmosStore;
let repositories: Repositories;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'ambassade-projection-'));
  store = await CosmosStore.open({ kind: 'embedded', dataDir, database: 'test' }, createLogger('silent'));
  repositories = createRepositories(store);
});
afterAll(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

const tenantId = 'tenant-projection';
const person = { id: 'p1', tenantId, groupIds: ['g1'], brandId: 'b1' };

function shareAt(at: string, audienceSize: number) {
  return activityEvent(person, 'share', new Date(at), {
    campaignId: 'c1',
    itemId: 'i1',
    network: 'linkedin',
    audienceSize,
  });
}

describe('the activity projection', () => {
  it('re-applies a crashed batch with the same id, and the counters take it once', async () => {
    const events = [
      shareAt('2026-05-04T08:00:00Z', 100),
      shareAt('2026-05-04T09:00:00Z', 200),
      shareAt('2026-05-04T22:30:00Z', 50), // 5 May in Paris
      activityEvent(person, 'click', new Date('2026-05-04T10:00:00Z'), { campaignId: 'c1', itemId: 'i1' }),
    ];
    for (const event of events) await repositories.activity.record(event);

    const seen: string[] = [];
    const recorder: ActivityProjection = {
      name: 'recorder',
      async apply(_tenantId, batch, batchId) {
        seen.push(`${batchId}:${batch.length}`);
      },
    };
    const crashing: ActivityProjection = {
      name: 'crashing',
      async apply() {
        throw new Error('the instance died here');
      },
    };
    const counters = countersProjection(repositories);
    await expect(
      drainActivity(repositories.activity, [counters, recorder, crashing], { batchSize: 10, maxBatches: 5 }),
    ).rejects.toThrow('the instance died here');
    expect(await repositories.activity.unfinishedBatch()).toMatchObject({ tenantId });

    expect(
      await drainActivity(repositories.activity, [counters, recorder], { batchSize: 10, maxBatches: 5 }),
    ).toBe(4);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(seen[0]);
    expect(await repositories.activity.unfinishedBatch()).toBeUndefined();
    expect(await repositories.activity.untaken(10)).toEqual([]);

    const [day4, day5] = await Promise.all([
      repositories.insights.days(tenantId, '2026-05-04', '2026-05-04', 'all'),
      repositories.insights.days(tenantId, '2026-05-05', '2026-05-05', 'all'),
    ]);
    expect(day4[0]?.totals).toEqual({ shares: 2, reach: 300, clicks: 1 });
    expect(day4[0]?.byNetwork).toEqual({ linkedin: { shares: 2, reach: 300 } });
    expect(day5[0]?.totals).toEqual({ shares: 1, reach: 50 });
    const [campaign] = await repositories.insights.campaigns(tenantId, ['c1']);
    expect(campaign?.people).toEqual({ p1: { shares: 3, reach: 350, clicks: 1 } });
    const [month] = await repositories.insights.months(tenantId, ['2026-05']);
    expect(month?.people['p1']?.days).toBe((1 << 3) | (1 << 4));
  });

  it('counts nothing twice when a projection is handed a batch it already took', async () => {
    const event = shareAt('2026-06-01T08:00:00Z', 10);
    const counters = countersProjection(repositories);
    await counters.apply(tenantId, [event], 'batch-x');
    await counters.apply(tenantId, [event], 'batch-x');
    const [day] = await repositories.insights.days(tenantId, '2026-06-01', '2026-06-01', 'programme');
    expect(day?.totals).toEqual({ shares: 1, reach: 10 });
  });
});
