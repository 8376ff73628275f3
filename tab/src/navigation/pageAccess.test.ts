import { describe, expect, it } from 'vitest';
import type { PageAccess } from './pageAccess';
import { canSee, pathForSubPage, visiblePages } from './pageAccess';

const home: PageAccess = { id: 'home', path: '/' };
const people: PageAccess = {
  id: 'people',
  path: '/studio/people',
  roles: ['Programme.Manager', 'Programme.Admin'],
};
const pages = [home, people];

describe('canSee', () => {
  it('shows open pages to every employee', () => {
    expect(canSee(home, [])).toBe(true);
  });

  it('shows restricted pages to any of their roles only', () => {
    expect(canSee(people, ['Programme.Manager'])).toBe(true);
    expect(canSee(people, ['Programme.Reviewer', 'Programme.Admin'])).toBe(true);
    expect(canSee(people, ['Programme.Reviewer'])).toBe(false);
    expect(canSee(people, [])).toBe(false);
  });
});

describe('visiblePages', () => {
  it('keeps the order of the page list', () => {
    expect(visiblePages(pages, ['Programme.Admin'])).toEqual([home, people]);
    expect(visiblePages(pages, [])).toEqual([home]);
  });
});

describe('pathForSubPage', () => {
  it('opens the page a deep link names', () => {
    expect(pathForSubPage('people', pages)).toBe('/studio/people');
    expect(pathForSubPage(' People ', pages)).toBe('/studio/people');
  });

  it('ignores unknown, hidden or missing deep links', () => {
    expect(pathForSubPage('insights', pages)).toBeUndefined();
    expect(pathForSubPage('people', [home])).toBeUndefined();
    expect(pathForSubPage(undefined, pages)).toBeUndefined();
  });
});

describe('pathForSubPage with a value', () => {
  const library: PageAccess = { id: 'library', path: '/library' };
  const item: PageAccess = { id: 'item', path: '/library/:itemId' };
  const withItems = [home, library, item];

  it('fills the page’s parameter with the value, keeping its case', () => {
    expect(pathForSubPage('item:Abc-123', withItems)).toBe('/library/Abc-123');
    expect(pathForSubPage(' ITEM: abc ', withItems)).toBe('/library/abc');
    expect(pathForSubPage('item:a/b c', withItems)).toBe('/library/a%2Fb%20c');
  });

  it('opens the plain page without a value', () => {
    expect(pathForSubPage('library', withItems)).toBe('/library');
  });

  it('ignores a missing value, a value for a page without parameter, or a hidden page', () => {
    expect(pathForSubPage('item', withItems)).toBeUndefined();
    expect(pathForSubPage('item:', withItems)).toBeUndefined();
    expect(pathForSubPage('library:abc', withItems)).toBeUndefined();
    expect(pathForSubPage('item:abc', [home, library])).toBeUndefined();
  });
});
