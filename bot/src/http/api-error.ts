import type { z } from 'zod';
import type { Problem, ProblemType } from '@contract/problem';

export type FieldError = NonNullable<Problem['errors']>[number];

/** The API's one error type: everything a handler refuses becomes an RFC 9457 problem with this status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors?: FieldError[],
    /** A problem type the tab acts on (e.g. lead to the charter); otherwise the status says it all. */
    readonly type?: ProblemType,
  ) {
    super(detail);
  }

  static fromZod(where: 'body' | 'query' | 'params', error: z.ZodError): ApiError {
    const errors = error.issues.map((issue) => ({
      field: [where, ...issue.path.map(String)].join('.'),
      message: issue.message,
    }));
    return ApiError.invalid(errors);
  }

  /** 400 naming every field that is wrong. */
  static invalid(errors: FieldError[]): ApiError {
    return new ApiError(400, `Check ${errors.map((error) => error.field).join(', ')}.`, errors);
  }

  static unauthorized(detail = 'Sign in to continue.'): ApiError {
    return new ApiError(401, detail);
  }

  static forbidden(detail = 'Your role does not give access to this.'): ApiError {
    return new ApiError(403, detail);
  }

  static notFound(detail: string): ApiError {
    return new ApiError(404, detail);
  }
}
