import type { Me } from '@contract/me';
import { read } from '../api/apiQuery';
import { meQuery } from '../api/me';
import { createAuthenticator } from '../auth/createAuthenticator';
import { setAuthenticator } from '../auth/session';
import { detectHost } from '../host/detectHost';
import type { TeamsHost } from '../host/teamsHost';
import { setLanguage } from '../i18n/i18n';
import { pickLocale } from '../i18n/pickLocale';
import { pathForSubPage, visiblePages } from '../navigation/pageAccess';
import { pages } from '../navigation/pages';

export interface Session {
  host: TeamsHost;
  me: Me;
}

/** Start-up: where are we, who is this, which language, which page. */
export async function bootstrap(): Promise<Session> {
  const host = await detectHost();
  if (host.locale) await setLanguage(pickLocale({ teams: host.locale }));
  setAuthenticator(await createAuthenticator(host));
  const me = await read(meQuery());
  await setLanguage(pickLocale({ teams: host.locale, saved: me.locale, browser: navigator.language }));
  openDeepLink(host.subPageId, me);
  return { host, me };
}

/** Teams opens the tab at its content URL; a deep link's subPageId then picks the page. */
function openDeepLink(subPageId: string | undefined, me: Me): void {
  const path = pathForSubPage(subPageId, visiblePages(pages, me.roles));
  if (path && window.location.pathname === '/') window.history.replaceState(null, '', path);
}
