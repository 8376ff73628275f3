import type { AppRole } from '@contract/roles';

/** What decides who sees a page and where it lives. */
export interface PageAccess {
  /** Also the Teams deep-link `subPageId`; `<id>:<value>` opens a page whose path takes one parameter. */
  id: string;
  path: string;
  /** Roles that see the page; absent for every employee. */
  roles?: readonly AppRole[];
}

const PARAMETER = /:[A-Za-z]\w*/g;

export function canSee(page: PageAccess, roles: readonly AppRole[]): boolean {
  return page.roles === undefined || page.roles.some((role) => roles.includes(role));
}

export function visiblePages<P extends PageAccess>(pages: readonly P[], roles: readonly AppRole[]): P[] {
  return pages.filter((page) => canSee(page, roles));
}

/**
 * The path a Teams deep link opens, if it names a page the person may see: "library" opens `/library`,
 * "item:abc" opens `/library/abc` when the page with id "item" lives at `/library/:itemId`.
 */
export function pathForSubPage(
  subPageId: string | undefined,
  pages: readonly PageAccess[],
): string | undefined {
  if (!subPageId) return undefined;
  const trimmed = subPageId.trim();
  const separator = trimmed.indexOf(':');
  const wanted = (separator === -1 ? trimmed : trimmed.slice(0, separator)).toLowerCase();
  // Only the page id is case-insensitive: the value (an item id) is kept as it is.
  const value = separator === -1 ? undefined : trimmed.slice(separator + 1).trim();
  const page = pages.find((candidate) => candidate.id.toLowerCase() === wanted);
  if (!page) return undefined;

  const parameters = page.path.match(PARAMETER) ?? [];
  if (value === undefined) return parameters.length === 0 ? page.path : undefined;
  if (parameters.length !== 1 || !value) return undefined;
  return page.path.replace(PARAMETER, encodeURIComponent(value));
}
