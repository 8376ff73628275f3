import type { AppRole } from '@contract/roles';
import { ApiProblem } from '../api/ApiProblem';
import { programmeProblem } from '../ui/describeError';

export type Audience = 'managers' | 'reviewers' | 'admins';

/** Who a page is for, named after the broadest role that opens it. */
export function audienceOf(roles: readonly AppRole[] | undefined): Audience {
  if (roles?.includes('Programme.Manager')) return 'managers';
  if (roles?.includes('Programme.Reviewer')) return 'reviewers';
  return 'admins';
}

/** The API refused for the person's roles (not for a charter or enrolment step they can take). */
export function isForbidden(error: unknown): boolean {
  return error instanceof ApiProblem && error.status === 403 && programmeProblem(error) === undefined;
}
