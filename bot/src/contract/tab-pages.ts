/**
 * The tab's pages, by the id a Teams deep link names in its `subPageId` (`<id>:<value>` for a page whose path
 * takes one value, e.g. `item:<itemId>`). The tab defines each page (tab/src/navigation/pages.ts); the bot
 * links to some of them.
 */
export const tabPageIds = [
  'home',
  'library',
  'item',
  'charter',
  'impact',
  'my-data',
  'company-summary',
  'propose',
  'events',
  'challenges',
  'people',
  'campaigns',
  'campaign-new',
  'campaign',
  'campaign-edit',
  'nudges',
  'nudge-new',
  'polls',
  'poll-new',
  'poll',
  'studio-events',
  'studio-event-new',
  'studio-event',
  'studio-event-edit',
  'content',
  'content-new',
  'content-item',
  'review',
  'review-item',
  'content-settings',
  'groups',
  'group',
  'feeds',
  'audit',
  'supervision',
  'retention',
  'charter-versions',
  'insights',
  'insights-campaign',
  'insights-item',
  'insights-settings',
  'studio-challenges',
  'challenge-new',
  'challenge-edit',
  'points-rules',
  'diagnostic',
  'diagnostic-take',
  'programme-plan',
  'learning',
  'learning-module',
  'studio-learning',
  'studio-learning-new',
  'studio-learning-path',
  'studio-learning-edit',
] as const;
export type TabPageId = (typeof tabPageIds)[number];

/** Where one library item's page lives in the tab: this, then the item's id (URI-encoded). */
const ITEM_PATH_PREFIX = '/library/';
const ITEM_PATH = new RegExp(`^${ITEM_PATH_PREFIX}([^/]+)/?$`);

/** The route path of one library item's page in the tab. */
export function itemPagePath(itemId: string): string {
  return `${ITEM_PATH_PREFIX}${encodeURIComponent(itemId)}`;
}

/** The route path of one training module's page in the tab. */
export function learningModulePagePath(moduleId: string): string {
  return `/learning/modules/${encodeURIComponent(moduleId)}`;
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
