import { describe, expect, it } from 'vitest';
import { tabPageIds } from '@contract/tab-pages';
import { pages } from './pages';

describe('the pages of the tab', () => {
  it('are the pages the contract names, each once: a deep link from the bot always finds its page', () => {
    expect(pages.map((page) => page.id).sort()).toEqual([...tabPageIds].sort());
  });

  it('load, when first opened, the texts of the section they are listed in', () => {
    const lazyPages = pages.filter((page) => 'textsOf' in page.Component);
    expect(lazyPages.length).toBeGreaterThan(30);
    for (const page of lazyPages)
      expect((page.Component as { textsOf?: string }).textsOf, page.id).toBe(page.section);
  });

  it('on the first screen (home and the library) need no more than the texts it comes with', () => {
    const firstScreen = pages.filter((page) => !('textsOf' in page.Component)).map((page) => page.id);
    expect(firstScreen).toEqual(['home', 'library']);
  });
});
