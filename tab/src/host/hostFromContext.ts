import type { app } from '@microsoft/teams-js';
import type { TeamsHost } from './teamsHost';
import { toTeamsThemeName } from './teamsTheme';

/** Reads what the tab needs from the Teams context. */
export function hostFromContext(context: Pick<app.Context, 'app' | 'page'>): TeamsHost {
  return {
    inTeams: true,
    locale: context.app.locale || undefined,
    theme: toTeamsThemeName(context.app.theme),
    subPageId: context.page.subPageId || undefined,
  };
}
