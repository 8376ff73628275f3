/** The Teams themes; "glass" and anything newer fall back to the default (light) theme. */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

/** What the tab knows about where it runs. */
export interface TeamsHost {
  inTeams: boolean;
  /** BCP 47 tag from the Teams context, e.g. "fr-fr". */
  locale?: string;
  theme: TeamsThemeName;
  /** Deep-link target set by Teams, e.g. "people". */
  subPageId?: string;
}

/** The system settings the theme follows outside Teams. */
export const SYSTEM_THEME_QUERIES = ['(forced-colors: active)', '(prefers-color-scheme: dark)'] as const;

/**
 * Outside Teams (a browser, a SharePoint page) the tab follows the system: high contrast when colours are
 * forced, dark when the person prefers it.
 */
export function systemTheme(matches: (mediaQuery: string) => boolean): TeamsThemeName {
  const [forcedColors, prefersDark] = SYSTEM_THEME_QUERIES;
  if (matches(forcedColors)) return 'contrast';
  return matches(prefersDark) ? 'dark' : 'default';
}

export function browserHost(matches: (mediaQuery: string) => boolean): TeamsHost {
  return { inTeams: false, theme: systemTheme(matches) };
}
