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

export const browserHost: TeamsHost = { inTeams: false, theme: 'default' };
