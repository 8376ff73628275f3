import type { ProblemParams } from '@contract/problem-codes';
import { ApiProblem } from './ApiProblem';
import type { FieldProblem, ProblemDetails } from './ApiProblem';

/** Turns an error response into an ApiProblem, keeping the problem details only when they are well formed. */
export function problemFromResponse(status: number, contentType: string | null, body: unknown): ApiProblem {
  const isJson = contentType !== null && /[/+]json\b/i.test(contentType);
  return new ApiProblem('http', status, isJson && isProblemDetails(body) ? body : undefined);
}

/**
 * Whether the body has the fields of problem details the tab reads, each of its type: the service always answers
 * so, but a proxy or a gateway in front of it may answer JSON of its own. A code is taken as one of the service's
 * closed list, as the service's answers are taken as their contract types (see apiRequest).
 */
function isProblemDetails(body: unknown): body is ProblemDetails {
  return (
    isRecord(body) &&
    typeof body.type === 'string' &&
    typeof body.title === 'string' &&
    Number.isInteger(body.status) &&
    typeof body.code === 'string' &&
    isAbsentOr(body.params, isProblemParams) &&
    isAbsentOr(body.errors, (errors) => Array.isArray(errors) && errors.every(isFieldProblem))
  );
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return (
    isRecord(value) &&
    typeof value.field === 'string' &&
    typeof value.code === 'string' &&
    isAbsentOr(value.params, isProblemParams)
  );
}

function isProblemParams(value: unknown): value is ProblemParams {
  return (
    isRecord(value) &&
    Object.values(value).every((param) => typeof param === 'string' || typeof param === 'number')
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAbsentOr(value: unknown, check: (value: unknown) => boolean): boolean {
  return value === undefined || check(value);
}
