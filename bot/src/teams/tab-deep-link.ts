import type { TabPage } from './teams-bot';

/** The personal tab's entity id in the app manifest. */
const PERSONAL_TAB_ENTITY_ID = 'home';

/**
 * In Teams, a deep link opens the personal tab on the given page (the tab reads `subEntityId`);
 * without a Teams app id (local runs), the tab's own address.
 */
export function tabDeepLink(page: TabPage, where: { publicUrl: string; teamsAppId?: string }): string {
  if (!where.teamsAppId) return `${where.publicUrl}/${page}`;
  const context = encodeURIComponent(JSON.stringify({ subEntityId: page }));
  return `https://teams.microsoft.com/l/entity/${where.teamsAppId}/${PERSONAL_TAB_ENTITY_ID}?context=${context}`;
}
