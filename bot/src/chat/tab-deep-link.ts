import { itemPagePath, learningModulePagePath } from '@contract/tab-pages';
import type { TabPageId } from '@contract/tab-pages';

/**
 * The tab's pages the bot links to, by their ids in the contract (a Teams deep link's `subPageId`): a page whose
 * path is `/<id>`, or `item:<id>` for one library item.
 */
export type TabPage =
  | Extract<
      TabPageId,
      | 'library'
      | 'charter'
      | 'impact'
      | 'my-data'
      | 'challenges'
      | 'review'
      | 'propose'
      | 'events'
      | 'learning'
    >
  | `${Extract<TabPageId, 'item'>}:${string}`
  | `${Extract<TabPageId, 'learning-module'>}:${string}`;

const LEARNING_MODULE = 'learning-module:';

/** The tab's page for one training module. */
export function learningModulePage(moduleId: string): TabPage {
  return `${LEARNING_MODULE}${moduleId}`;
}

/** The tab's page for one library item. */
export function itemPage(itemId: string): TabPage {
  return `item:${itemId}`;
}

/** Where each page lives in the tab outside Teams: its route path. */
function pathOf(page: TabPage): string {
  if (page.startsWith('item:')) return itemPagePath(page.slice('item:'.length));
  if (page.startsWith(LEARNING_MODULE)) return learningModulePagePath(page.slice(LEARNING_MODULE.length));
  return `/${page}`;
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
