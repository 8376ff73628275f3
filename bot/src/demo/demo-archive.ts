import { approvalEntry } from '../domain/archive/archive-entries';
import type { Repositories } from '../store/repositories';
import type { DemoData } from './demo-data';
import { DEMO_REVIEWER_ID, DEMO_TENANT_ID } from './demo-data';

/**
 * The demo library was approved before the archive began: its approvals are archived as the reviewer made
 * them, so that supervision shows each share beside the text it came from. Only on an empty chain, since
 * archive records are appended, never replaced.
 */
export async function seedDemoArchive(
  repositories: Pick<Repositories, 'archive'>,
  data: DemoData,
): Promise<void> {
  if ((await repositories.archive.head(DEMO_TENANT_ID)).seq > 0) return;
  const reviewer = data.people.find((person) => person.id === DEMO_REVIEWER_ID);
  if (!reviewer) return;
  const published = data.content
    .flatMap((item) => (item.publishedAt ? [{ item, at: item.publishedAt }] : []))
    .sort((a, b) => a.at.localeCompare(b.at));
  for (const { item, at } of published) {
    await repositories.archive.append(
      DEMO_TENANT_ID,
      approvalEntry({ item, reviewer: { id: reviewer.id, name: reviewer.displayName }, at }),
    );
  }
}
