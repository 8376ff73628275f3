import type { z } from 'zod';
import { issueReason } from '@contract/issue-reason';
import type { ProblemType } from '@contract/problem-types';
import type { ProblemCode, ProblemParams, Refusal } from '@contract/problem-codes';
import type { FieldError, Refused } from '../domain/refused';

export type { FieldError };

interface ApiErrorOptions {
  /** What the code's text quotes (a limit, a status). */
  params?: ProblemParams;
  errors?: FieldError[];
  /** A problem type the tab acts on (e.g. lead to the charter); otherwise the status says it all. */
  type?: ProblemType;
}

/**
 * The API's one error type: everything a handler refuses becomes an RFC 9457 problem with this status.
 * The code is what clients translate; `detail` says the same in English for logs and API clients.
 */
export class ApiError extends Error {
  readonly params: ProblemParams | undefined;
  readonly errors: FieldError[] | undefined;
  readonly type: ProblemType | undefined;

  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly detail: string,
    { params, errors, type }: ApiErrorOptions = {},
  ) {
    super(detail);
    this.params = params;
    this.errors = errors;
    this.type = type;
  }

  static fromZod(where: 'body' | 'query' | 'params', error: z.ZodError): ApiError {
    const errors = error.issues.map((issue) => ({
      field: [where, ...issue.path.map(String)].join('.'),
      ...issueReason(issue),
      message: issue.message,
    }));
    return ApiError.invalid(errors);
  }

  /** A domain rule's refusal, answered with this status. */
  static refused(status: number, { code, params, detail }: Refusal): ApiError {
    return new ApiError(status, code, detail, params ? { params } : {});
  }

  /** A capability's refusal (`Refused`), with the fields and problem type it names. */
  static fromRefused({ status, refusal, details }: Refused): ApiError {
    const { code, params, detail } = refusal;
    return new ApiError(status, code, detail, { ...(params ? { params } : {}), ...details });
  }

  /** 400 naming every field that is wrong. */
  static invalid(errors: FieldError[]): ApiError {
    const fields = errors.map((error) => error.field).join(', ');
    return new ApiError(400, 'request.invalid', `Check ${fields}.`, { errors });
  }

  static unauthorized(code: ProblemCode = 'auth.signInRequired', detail = 'Sign in to continue.'): ApiError {
    return new ApiError(401, code, detail);
  }

  static forbidden(
    code: ProblemCode = 'auth.roleRequired',
    detail = 'Your role does not give access to this.',
  ): ApiError {
    return new ApiError(403, code, detail);
  }

  static notFound(code: ProblemCode, detail: string): ApiError {
    return new ApiError(404, code, detail);
  }
}
