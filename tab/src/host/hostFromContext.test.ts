import { describe, expect, it } from 'vitest';
import type { app } from '@microsoft/teams-js';
import { hostFromContext } from './hostFromContext';

function context(appInfo: Partial<app.AppInfo>, page: Partial<app.PageInfo>) {
  return { app: appInfo, page } as Pick<app.Context, 'app' | 'page'>;
}

describe('hostFromContext', () => {
  it('reads locale, theme and deep link', () => {
    expect(hostFromContext(context({ locale: 'fr-fr', theme: 'dark' }, { subPageId: 'people' }))).toEqual({
      inTeams: true,
      locale: 'fr-fr',
      theme: 'dark',
      subPageId: 'people',
    });
  });

  it('treats empty values as absent', () => {
    expect(hostFromContext(context({ locale: '', theme: 'glass' }, { subPageId: '' }))).toEqual({
      inTeams: true,
      locale: undefined,
      theme: 'default',
      subPageId: undefined,
    });
  });
});
