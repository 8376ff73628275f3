import { describe, expect, it } from 'vitest';
import { pages } from './pages';

describe('the pages of the tab', () => {
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
