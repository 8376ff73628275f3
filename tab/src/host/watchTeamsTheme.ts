import { toTeamsThemeName } from './teamsTheme';
import type { TeamsThemeName } from './teamsHost';

/** Follows the person's Teams theme; call only once the tab is known to run inside Teams. */
export async function watchTeamsTheme(onChange: (theme: TeamsThemeName) => void): Promise<void> {
  const { app } = await import('@microsoft/teams-js');
  app.registerOnThemeChangeHandler((theme) => onChange(toTeamsThemeName(theme)));
}
