import type { Problem } from '@contract/problem';

/** Why a call failed: the API answered with an error, could not be reached, or answered something unexpected. */
export type ApiProblemKind = 'http' | 'network' | 'unexpected-response';

/** A failed API call, shaped for the UI: status, and the server's problem details when it sent some. */
export class ApiProblem extends Error {
  readonly kind: ApiProblemKind;
  /** HTTP status; 0 when the API could not be reached. */
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(kind: ApiProblemKind, status: number, problem?: Problem, options?: { cause?: unknown }) {
    super(problem?.title ?? `${kind} ${status}`, options);
    this.name = 'ApiProblem';
    this.kind = kind;
    this.status = status;
    this.problem = problem;
  }
}
