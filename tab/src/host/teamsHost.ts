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

/**
 * Outside Teams (a browser, a SharePoint page) the tab follows the system: high contrast when colours are
 * forced, dark when the person prefers it.
 */
export function browserHost(matches: (mediaQuery: string) => boolean): TeamsHost {
  const theme = matches('(forced-colors: active)')
    ? 'contrast'
    : matches('(prefers-color-scheme: dark)')
      ? 'dark'
      : 'default';
  return { inTeams: false, theme };
}
