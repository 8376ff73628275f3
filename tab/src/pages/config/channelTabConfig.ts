/** The pages a channel or SharePoint tab can show. */
export const channelTabPages = ['library', 'charter'] as const;
export type ChannelTabPage = (typeof channelTabPages)[number];

/**
 * What Teams saves for a configurable tab: the same page in Teams (with the host hint, so teams-js is
 * initialised) and in a browser, under an entity id that says which page it is.
 */
export function channelTabConfig(origin: string, page: ChannelTabPage, displayName: string) {
  return {
    entityId: `ambassade-${page}`,
    contentUrl: `${origin}/${page}?host=teams`,
    websiteUrl: `${origin}/${page}`,
    suggestedDisplayName: displayName,
  };
}
