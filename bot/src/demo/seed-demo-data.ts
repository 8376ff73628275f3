import type { Logger } from '../logger';
import type { Repositories } from '../store/repositories';
import { buildDemoData, DEMO_TENANT_ID } from './demo-data';
import type { DemoData } from './demo-data';
import { demoActivity, seedDemoActivity } from './demo-activity';
import { seedDemoArchive } from './demo-archive';
import { seedDemoChallenges } from './demo-challenges';
import { buildDemoEvents } from './demo-events';
import { leaderRefOf, withLeaderCredit } from '../domain/leaders';
import type { ActivityEventDoc, ContentItemDoc } from '../domain/documents';
import { buildDemoLearningPaths } from './demo-learning';
import type { AppRole } from '@contract/roles';

/**
 * Writes the demo organisation on a local store's first start. The organisation document goes last: it marks
 * the seed as complete, so a start interrupted half way simply seeds again (every write is an upsert).
 */
export async function seedDemoData(repositories: Repositories, logger: Logger, now: Date): Promise<void> {
  if (await repositories.organisations.find(DEMO_TENANT_ID)) return;
  const data = buildDemoData(now);
  for (const group of data.groups) await repositories.groups.upsert(group);
  for (const person of data.people) await repositories.people.upsert(person);
  for (const charter of data.charters) await repositories.charters.upsert(charter);
  for (const campaign of data.campaigns) await repositories.campaigns.upsert(campaign);
  const activity = demoActivity(data, now);
  for (const item of withDemoLeaderCredits(data, activity)) await repositories.content.upsert(item);
  await seedDemoActivity(repositories, data, activity, now);
  for (const event of buildDemoEvents(now, data.people)) await repositories.events.upsert(event);
  await seedDemoChallenges(repositories, now, data.people);
  for (const path of buildDemoLearningPaths(now)) await repositories.learningPaths.upsert(path);
  await seedDemoArchive(repositories, data);
  await repositories.organisations.upsert(data.organisation);
  logger.info(
    { tenantId: DEMO_TENANT_ID, people: data.people.length, items: data.content.length },
    'demo data created',
  );
}

/**
 * The demo items crediting the leaders who shared them, as sharing would have: the demo's past shares are
 * activity events only (no share records), so the credits follow from those events.
 */
function withDemoLeaderCredits(data: DemoData, activity: readonly ActivityEventDoc[]): ContentItemDoc[] {
  return data.content.map((item) =>
    data.people.reduce((credited, person) => {
      const leader = leaderRefOf(person);
      const shared = activity.some(
        (event) => event.type === 'share' && event.personId === person.id && event.itemId === item.id,
      );
      return leader && shared ? withLeaderCredit(credited, person.id, leader) : credited;
    }, item),
  );
}

export interface DemoIdentity {
  tenantId: string;
  objectId: string;
  name: string;
  username: string;
  jobTitle?: string;
  roles: AppRole[];
  ambassador: boolean;
}

/** The demo people as the dev sign-in offers them, with the app roles Entra ID would assign them. */
export function demoIdentities(now: Date): DemoIdentity[] {
  const data = buildDemoData(now);
  return data.people.map((person) => ({
    tenantId: person.tenantId,
    objectId: person.id,
    name: person.displayName,
    username: person.email,
    ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
    roles: data.roleAssignments[person.id] ?? [],
    ambassador: person.enrolment.status === 'ambassador',
  }));
}
