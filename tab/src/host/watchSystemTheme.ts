import { SYSTEM_THEME_QUERIES, systemTheme } from './teamsHost';
import type { TeamsThemeName } from './teamsHost';

/**
 * Follows the system theme outside Teams, so switching to dark mode or high contrast restyles an open tab
 * as it does inside Teams. Returns the function that stops following.
 */
export function watchSystemTheme(onChange: (theme: TeamsThemeName) => void): () => void {
  const queries = SYSTEM_THEME_QUERIES.map((query) => window.matchMedia(query));
  const update = () => onChange(systemTheme((query) => window.matchMedia(query).matches));
  for (const query of queries) query.addEventListener('change', update);
  return () => {
    for (const query of queries) query.removeEventListener('change', update);
  };
}
