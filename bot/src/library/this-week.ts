import type { LibraryItemSummary } from '@contract/library';
import type { PersonDoc } from '../domain/documents';
import type { Repositories } from '../store/repositories';
import { targetedLibraryPage } from './targeted-library';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** The library's largest page: a week's worth of new content in any programme. */
const MAX_ITEMS = 50;

/** What is new for this person to share this week: the library's items published in the last seven days, newest first. */
export async function shareableThisWeek(
  repositories: Pick<Repositories, 'campaigns' | 'content'>,
  person: PersonDoc,
  now: Date,
): Promise<LibraryItemSummary[]> {
  const { items } = await targetedLibraryPage(repositories, person, { limit: MAX_ITEMS }, now);
  const weekStart = now.getTime() - WEEK_MS;
  return items.filter((item) => Date.parse(item.publishedAt) >= weekStart);
}
