import type { LibraryItemSummary } from '@contract/library';
import { itemIdAt } from '@contract/tab-pages';
import type { PersonDoc } from '../domain/documents';
import { LINK_CODE_PATTERN, trackedLinkCodeIn } from '../domain/tracked-links';
import type { Repositories } from '../store/repositories';
import { findTargetedItem, toLibrarySummary } from './targeted-library';

/**
 * The library item an address of the service leads to, as this person may see it (`findTargetedItem`): an
 * item's page in the tab, or a tracked link `/r/{code}`, which is read here and never followed, so no click
 * counts. Undefined for any other address, an unknown or withdrawn link, and an item the person may not see.
 */
export async function linkedLibraryItem(
  repositories: Pick<Repositories, 'campaigns' | 'content' | 'links' | 'shares'>,
  person: PersonDoc,
  address: { url: string; publicUrl: string },
  now: Date,
): Promise<LibraryItemSummary | undefined> {
  const path = pathOnService(address.url, address.publicUrl);
  if (path === undefined) return undefined;
  const itemId = itemIdAt(path) ?? (await itemOfTrackedLink(repositories, person, path));
  const targeted = itemId && (await findTargetedItem(repositories, person, itemId, now));
  return targeted ? toLibrarySummary(targeted.item, targeted.campaign) : undefined;
}

/** The address's path below the service's public URL (the inverse of `${publicUrl}${path}`), if it is on it. */
function pathOnService(url: string, publicUrl: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const address = new URL(url);
  const service = new URL(publicUrl);
  const servicePath = service.pathname.replace(/\/$/, '');
  if (address.origin !== service.origin || !address.pathname.startsWith(`${servicePath}/`)) return undefined;
  return address.pathname.slice(servicePath.length);
}

/** The item a tracked link of the person's own organisation was made for, while the link stands. */
async function itemOfTrackedLink(
  repositories: Pick<Repositories, 'links' | 'shares'>,
  person: PersonDoc,
  path: string,
): Promise<string | undefined> {
  const code = trackedLinkCodeIn(path);
  if (code === undefined || !LINK_CODE_PATTERN.test(code)) return undefined;
  const link = await repositories.links.get(code);
  if (!link || link.withdrawnAt || link.tenantId !== person.tenantId) return undefined;
  return (await repositories.shares.get(person.tenantId, link.shareId))?.itemId;
}
