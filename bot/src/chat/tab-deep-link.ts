import type { TabPageId } from '@contract/tab-pages';

/**
 * The tab's pages the bot links to, by their ids in the contract (a Teams deep link's `subPageId`): a page whose
 * path is `/<id>`, or `item:<id>` for one library item.
 */
export type TabPage =
  | Extract<
      TabPageId,
      'library' | 'charter' | 'impact' | 'my-data' | 'challenges' | 'review' | 'propose' | 'events'
    >
  | `${Extract<TabPageId, 'item'>}:${string}`;

/** The tab's page for one library item. */
export function itemPage(itemId: string): TabPage {
  return `item:${itemId}`;
}

/** Where one item's page lives in the tab: this, then the item's id (URI-encoded). */
const ITEM_PATH_PREFIX = '/library/';
const ITEM_PATH = new RegExp(`^${ITEM_PATH_PREFIX}([^/]+)/?$`);

/** Where each page lives in the tab outside Teams: its route path. */
function pathOf(page: TabPage): string {
  return page.startsWith('item:')
    ? `${ITEM_PATH_PREFIX}${encodeURIComponent(page.slice('item:'.length))}`
    : `/${page}`;
}

/** The library item whose page in the tab this route path is (with or without a trailing slash), if it is one. */
export function itemIdAt(path: string): string | undefined {
  const encoded = ITEM_PATH.exec(path)?.[1];
  if (encoded === undefined) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    // A stray "%" in an address typed by hand: no item has that id.
    return undefined;
  }
}

/** The personal tab's entity id in the app manifest. */
const PERSONAL_TAB_ENTITY_ID = 'home';

/**
 * In Teams, a deep link opens the personal tab on the given page (`subEntityId`, which the tab reads as its
 * context's `subPageId`); without a Teams app id (local runs), the page's own address in the tab.
 */
export function tabDeepLink(page: TabPage, where: { publicUrl: string; teamsAppId?: string }): string {
  if (!where.teamsAppId) return `${where.publicUrl}${pathOf(page)}`;
  const context = encodeURIComponent(JSON.stringify({ subEntityId: page }));
  return `https://teams.microsoft.com/l/entity/${where.teamsAppId}/${PERSONAL_TAB_ENTITY_ID}?context=${context}`;
}
