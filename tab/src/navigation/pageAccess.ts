import type { AppRole } from '@contract/roles';

/** What decides who sees a page and where it lives. */
export interface PageAccess {
  /** Also the Teams deep-link `subPageId`. */
  id: string;
  path: string;
  /** Roles that see the page; absent for every employee. */
  roles?: readonly AppRole[];
}

export function canSee(page: PageAccess, roles: readonly AppRole[]): boolean {
  return page.roles === undefined || page.roles.some((role) => roles.includes(role));
}

export function visiblePages<P extends PageAccess>(pages: readonly P[], roles: readonly AppRole[]): P[] {
  return pages.filter((page) => canSee(page, roles));
}

/** The path a Teams deep link opens, if it names a page the person may see. */
export function pathForSubPage(
  subPageId: string | undefined,
  pages: readonly PageAccess[],
): string | undefined {
  if (!subPageId) return undefined;
  const wanted = subPageId.trim().toLowerCase();
  return pages.find((page) => page.id.toLowerCase() === wanted)?.path;
}
