import { activityEvent } from '../bot/src/activity/activity-event';
import { buildDemoData } from '../bot/src/demo/demo-data';
import type { ActivityEventDoc, PersonDoc } from '../bot/src/domain/documents';
import { createLogger } from '../bot/src/logger';
import { CosmosStore } from '../bot/src/store/cosmos-store';
import { createRepositories } from '../bot/src/store/repositories';

/** Projected events (so the projection job leaves them be), spread over the demo people and 90 days. */
function events(count: number, now: Date): ActivityEventDoc[] {
  const people = buildDemoData(now).people;
  return Array.from({ length: count }, (_, index) => {
    const person = people[index % people.length] as PersonDoc;
    const at = new Date(now.getTime() - (index % 90) * 86_400_000);
    return {
      ...activityEvent(person, index % 2 === 0 ? 'share' : 'click', at),
      id: `bench-event-${index}`,
      batchId: 'bench',
      projectedAt: now.toISOString(),
    };
  });
}

/**
 * Writes `count` activity events into a local data folder through the real write path (SDK bulk requests to the
 * embedded store, journal), as a programme's year of activity. `close: false` leaves the folder as a crash right
 * after the last answer would.
 */
export async function writeActivityEvents(dataDir: string, count: number, { close }: { close: boolean }) {
  const store = await CosmosStore.open(
    { kind: 'embedded', dataDir, database: 'ambassade' },
    createLogger('warn'),
  );
  const all = events(count, new Date());
  const quarter = Math.ceil(all.length / 4);
  const { activity } = createRepositories(store);
  await Promise.all(
    [0, 1, 2, 3].map((part) => activity.recordAll(all.slice(part * quarter, (part + 1) * quarter))),
  );
  if (close) await store.close();
}
