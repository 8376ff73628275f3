import { problemTypes } from '@contract/problem-types';
import type { CodedReason } from '@contract/problem-codes';
import { ApiProblem } from '../api/ApiProblem';
import type { FieldProblem } from '../api/ApiProblem';
import { SignInRequiredError } from '../auth/authenticator';

/** Which message to show; each has a title and a message under `errors.` in the resources. */
export type ErrorKind =
  | 'network'
  | 'unauthorized'
  | 'signIn'
  | 'forbidden'
  | 'notFound'
  | 'invalid'
  | 'changedElsewhere'
  | 'server'
  | 'unexpected'
  | 'charterRequired'
  | 'notAmbassador';

/** What the person can do about it; 'charter' leads to the charter and the joining form. */
export type ErrorAction = 'retry' | 'signIn' | 'reload' | 'charter' | 'none';

export interface ErrorDescription {
  kind: ErrorKind;
  action: ErrorAction;
  /** Why the server refused, as a code to translate (its English `detail` is for logs, never shown). */
  reason?: CodedReason;
  fieldErrors: FieldProblem[];
}

export function describeError(error: unknown): ErrorDescription {
  if (error instanceof SignInRequiredError) return { kind: 'signIn', action: 'signIn', fieldErrors: [] };
  if (!(error instanceof ApiProblem)) return { kind: 'unexpected', action: 'reload', fieldErrors: [] };
  if (error.kind === 'network') return { kind: 'network', action: 'retry', fieldErrors: [] };

  const programme = programmeProblem(error);
  if (programme) return { kind: programme, action: 'charter', fieldErrors: [] };

  const [kind, action] = classify(error.status);
  const { problem } = error;
  if (!problem) return { kind, action, fieldErrors: [] };
  return {
    kind,
    action,
    reason: reasonOf(problem),
    fieldErrors: (problem.errors ?? []).map((fieldError) => ({
      field: fieldError.field,
      ...reasonOf(fieldError),
    })),
  };
}

function reasonOf({ code, params }: Pick<FieldProblem, 'code' | 'params'>): CodedReason {
  return params ? { code, params } : { code };
}

function classify(status: number): [ErrorKind, ErrorAction] {
  if (status === 401) return ['unauthorized', 'signIn'];
  if (status === 403) return ['forbidden', 'none'];
  if (status === 404) return ['notFound', 'none'];
  // The version the tab sent in If-Match is no longer the current one.
  if (status === 412) return ['changedElsewhere', 'reload'];
  if (status === 408 || status === 429 || status >= 500) return ['server', 'retry'];
  return ['invalid', 'retry'];
}

/**
 * The API's two problems about taking part in the programme, whatever its status (403 or 409):
 * the person has to join, or to accept a new major version of the charter, before going on.
 */
export function programmeProblem(error: unknown): 'charterRequired' | 'notAmbassador' | undefined {
  const type = error instanceof ApiProblem ? error.problem?.type : undefined;
  if (!type) return undefined;
  // Relative as the API sends them, or made absolute by a proxy: the path decides.
  if (type.endsWith(problemTypes.charterAcceptanceRequired)) return 'charterRequired';
  if (type.endsWith(problemTypes.notAnAmbassador)) return 'notAmbassador';
  return undefined;
}
