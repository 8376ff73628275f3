import { ApiProblem } from '../api/ApiProblem';
import { SignInRequiredError } from '../auth/authenticator';

/** Which message to show; each has a title and a message under `errors.` in the resources. */
export type ErrorKind =
  'network' | 'unauthorized' | 'signIn' | 'forbidden' | 'notFound' | 'invalid' | 'server' | 'unexpected';

/** What the person can do about it. */
export type ErrorAction = 'retry' | 'signIn' | 'reload' | 'none';

export interface ErrorDescription {
  kind: ErrorKind;
  action: ErrorAction;
  /** The server's explanation, written in the language the request asked for. */
  detail?: string;
  fieldErrors: { field: string; message: string }[];
}

export function describeError(error: unknown): ErrorDescription {
  if (error instanceof SignInRequiredError) return { kind: 'signIn', action: 'signIn', fieldErrors: [] };
  if (!(error instanceof ApiProblem)) return { kind: 'unexpected', action: 'reload', fieldErrors: [] };
  if (error.kind === 'network') return { kind: 'network', action: 'retry', fieldErrors: [] };
  if (error.kind === 'unexpected-response') return { kind: 'unexpected', action: 'reload', fieldErrors: [] };

  const [kind, action] = classify(error.status);
  return { kind, action, detail: error.problem?.detail, fieldErrors: error.problem?.errors ?? [] };
}

function classify(status: number): [ErrorKind, ErrorAction] {
  if (status === 401) return ['unauthorized', 'signIn'];
  if (status === 403) return ['forbidden', 'none'];
  if (status === 404) return ['notFound', 'none'];
  if (status === 408 || status === 429 || status >= 500) return ['server', 'retry'];
  return ['invalid', 'retry'];
}
