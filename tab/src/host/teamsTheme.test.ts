import { describe, expect, it } from 'vitest';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';
import { fluentThemeFor, toTeamsThemeName } from './teamsTheme';

describe('toTeamsThemeName', () => {
  it('keeps the themes Teams documents', () => {
    expect(toTeamsThemeName('default')).toBe('default');
    expect(toTeamsThemeName('dark')).toBe('dark');
    expect(toTeamsThemeName('contrast')).toBe('contrast');
  });

  it('falls back to the default theme for glass, unknown or missing values', () => {
    expect(toTeamsThemeName('glass')).toBe('default');
    expect(toTeamsThemeName('neon')).toBe('default');
    expect(toTeamsThemeName(undefined)).toBe('default');
  });
});

describe('fluentThemeFor', () => {
  it('maps each Teams theme to its Fluent theme', () => {
    expect(fluentThemeFor('default')).toBe(teamsLightTheme);
    expect(fluentThemeFor('dark')).toBe(teamsDarkTheme);
    expect(fluentThemeFor('contrast')).toBe(teamsHighContrastTheme);
  });
});
