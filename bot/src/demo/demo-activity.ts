import { countersProjection } from '../activity/counters-projection';
import { activityEvent } from '../activity/activity-event';
import type { ActivityEventDoc, ContentItemDoc, PersonDoc } from '../domain/documents';
import type { Repositories } from '../store/repositories';
import { DEMO_AMBASSADOR_ID } from './demo-data';
import type { DemoData } from './demo-data';

const DAY_MS = 86_400_000;
/** The demo programme's history: enough for a period and the previous one, and a retention curve. */
const HISTORY_DAYS = 180;

/** A small deterministic generator, so every demo start shows the same figures for the same day. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

/**
 * The demo ambassadors' past activity: their enrolment, then shares of the published content of the campaigns
 * running at the time, on the networks they declared, and the clicks those shares brought. Events only: My
 * impact (which reads share records) stays each person's own, empty until they share.
 */
export function demoActivity(data: DemoData, now: Date): ActivityEventDoc[] {
  const next = random(20_261_122);
  const items = data.content.filter((item) => item.status === 'published');
  const events: ActivityEventDoc[] = [];
  // The ambassador persona people sign in as starts with a clean slate: their own shares are the ones they make.
  const ambassadors = data.people.filter(
    (person) => person.enrolment.status === 'ambassador' && person.id !== DEMO_AMBASSADOR_ID,
  );
  for (const [index, person] of ambassadors.entries()) {
    const since = Math.max(
      Date.parse(person.enrolment.since ?? now.toISOString()),
      now.getTime() - HISTORY_DAYS * DAY_MS,
    );
    events.push(activityEvent(person, 'join', new Date(since)));
    // Some share often, some rarely: the curve and the active counts then mean something.
    const sharesPerMonth = [6, 3, 1, 0.5][index % 4] ?? 1;
    const shareCount = Math.round((sharesPerMonth * (now.getTime() - since)) / (30 * DAY_MS));
    for (let share = 0; share < shareCount; share++) {
      const at = new Date(since + next() * (now.getTime() - since));
      const item = items[Math.floor(next() * items.length)];
      const network = person.enrolment.networks[Math.floor(next() * person.enrolment.networks.length)];
      if (!item || !network) continue;
      events.push(...shareWithClicks(person, item, network, at, now, next));
    }
  }
  return events.sort((a, b) => a.at.localeCompare(b.at));
}

function shareWithClicks(
  person: PersonDoc,
  item: ContentItemDoc,
  declared: PersonDoc['enrolment']['networks'][number],
  at: Date,
  now: Date,
  next: () => number,
): ActivityEventDoc[] {
  const details = { campaignId: item.campaignId, itemId: item.id, network: declared.network };
  const shared = activityEvent(person, 'share', at, { ...details, audienceSize: declared.audienceSize ?? 0 });
  const clicks = Array.from({ length: Math.floor(next() * 9) }, () => {
    const clickedAt = new Date(Math.min(now.getTime(), at.getTime() + next() * 3 * DAY_MS));
    return activityEvent(person, 'click', clickedAt, { ...details, subjectId: shared.id });
  });
  return [shared, ...clicks];
}

/**
 * Records the demo activity and runs it through the counters projection, as the projection job would, in one
 * batch: each counters document is written once, so a demo start stays quick.
 */
export async function seedDemoActivity(
  repositories: Repositories,
  data: DemoData,
  events: readonly ActivityEventDoc[],
  now: Date,
): Promise<void> {
  const batchId = 'demo-seed';
  await countersProjection(repositories, () => now).apply(data.organisation.tenantId, events, batchId);
  await repositories.activity.recordAll(
    events.map((event) => ({ ...event, batchId, projectedAt: now.toISOString() })),
  );
}
