import type { Problem } from '@contract/problem';
import type { ProblemType } from '@contract/problem-types';
import type { Refusal } from '@contract/problem-codes';

/** One field a request got wrong: where, the code a client translates, and the same in English. */
export type FieldError = NonNullable<Problem['errors']>[number];

/**
 * A rule refused what a person asked, raised by a capability that both a route and a background job use (sharing,
 * posting): the HTTP edge answers it as a problem with this status; a job tells the person in its own way, by
 * its code.
 */
export class Refused extends Error {
  constructor(
    readonly status: number,
    readonly refusal: Refusal,
    readonly details: { errors?: FieldError[]; type?: ProblemType } = {},
  ) {
    super(refusal.detail);
  }
}
