import type { Problem } from '@contract/problem';

/** Why a call failed: the API answered with an error, or could not be reached. */
export type ApiProblemKind = 'http' | 'network';

/** One invalid field as the tab reads it; its English `message` is for logs and API clients. */
export type FieldProblem = Omit<NonNullable<Problem['errors']>[number], 'message'>;

/** The problem details the tab reads; `detail` and `instance` are for logs and API clients. */
export type ProblemDetails = Pick<Problem, 'type' | 'title' | 'status' | 'code' | 'params'> & {
  errors?: FieldProblem[];
};

/** A failed API call, shaped for the UI: status, and the server's problem details when it sent some. */
export class ApiProblem extends Error {
  readonly kind: ApiProblemKind;
  /** HTTP status; 0 when the API could not be reached. */
  readonly status: number;
  readonly problem: ProblemDetails | undefined;

  constructor(kind: ApiProblemKind, status: number, problem?: ProblemDetails, options?: { cause?: unknown }) {
    super(problem?.title ?? `${kind} ${status}`, options);
    this.name = 'ApiProblem';
    this.kind = kind;
    this.status = status;
    this.problem = problem;
  }
}
