/**
 * Opens a network's share page in a new window. Inside Teams the tab is an iframe whose popups may be
 * blocked, so Teams opens the link itself; outside Teams a plain window without access to this one.
 */
export async function openExternal(url: string, inTeams: boolean): Promise<void> {
  if (inTeams) {
    try {
      const { app } = await import('@microsoft/teams-js');
      await app.openLink(url);
      return;
    } catch {
      // Older hosts refuse non-deep links: fall back to the browser's own window.
    }
  }
  window.open(url, '_blank', 'noopener');
}
