import { describe, expect, it } from 'vitest';
import { browserHost } from './teamsHost';

describe('browserHost', () => {
  const system =
    (...matching: string[]) =>
    (query: string) =>
      matching.includes(query);

  it('follows the system: light by default, dark when preferred, contrast when colours are forced', () => {
    expect(browserHost(system())).toEqual({ inTeams: false, theme: 'default' });
    expect(browserHost(system('(prefers-color-scheme: dark)')).theme).toBe('dark');
    expect(browserHost(system('(prefers-color-scheme: dark)', '(forced-colors: active)')).theme).toBe(
      'contrast',
    );
  });
});
