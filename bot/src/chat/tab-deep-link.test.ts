import { describe, expect, it } from 'vitest';
import { itemIdAt } from '@contract/tab-pages';
import { itemPage, tabDeepLink } from './tab-deep-link';

describe('tabDeepLink', () => {
  it('links to the page’s address in the tab on a local run', () => {
    expect(tabDeepLink('charter', { publicUrl: 'http://localhost:3978' })).toBe(
      'http://localhost:3978/charter',
    );
    expect(tabDeepLink(itemPage('item 1'), { publicUrl: 'https://ambassade.example' })).toBe(
      'https://ambassade.example/library/item%201',
    );
  });

  it('opens the personal tab on the page in Teams, named as the tab names its pages', () => {
    const link = new URL(
      tabDeepLink(itemPage('abc'), { publicUrl: 'https://x.example', teamsAppId: 'app-1' }),
    );

    expect(link.origin + link.pathname).toBe('https://teams.microsoft.com/l/entity/app-1/home');
    // The tab's pathForSubPage turns "item:abc" into /library/abc.
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({ subEntityId: 'item:abc' });
  });
});

describe('itemIdAt', () => {
  it('reads back the item of a page address the bot writes, and nothing from other pages', () => {
    const address = new URL(tabDeepLink(itemPage('item 1/2'), { publicUrl: 'https://ambassade.example' }));

    expect(itemIdAt(address.pathname)).toBe('item 1/2');
    expect(itemIdAt(`${address.pathname}/`)).toBe('item 1/2');
    expect(itemIdAt('/library')).toBeUndefined();
    expect(itemIdAt('/library/')).toBeUndefined();
    expect(itemIdAt('/studio/content/item-1')).toBeUndefined();
    expect(itemIdAt('/library/%E0')).toBeUndefined();
  });
});
