import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/ApiProblem';
import { SignInRequiredError } from '../auth/authenticator';
import { describeError, programmeProblem } from './describeError';

function problem(
  status: number,
  extra: { detail?: string; errors?: { field: string; message: string }[] } = {},
) {
  return new ApiProblem('http', status, { type: 'about:blank', title: 'Problem', status, ...extra });
}

describe('describeError', () => {
  it('asks to sign in again after a 401 or a failed sign-in', () => {
    expect(describeError(problem(401))).toMatchObject({ kind: 'unauthorized', action: 'signIn' });
    expect(describeError(new SignInRequiredError('no token'))).toMatchObject({
      kind: 'signIn',
      action: 'signIn',
    });
  });

  it('offers no action for missing rights or missing things', () => {
    expect(describeError(problem(403))).toMatchObject({ kind: 'forbidden', action: 'none' });
    expect(describeError(problem(404))).toMatchObject({ kind: 'notFound', action: 'none' });
  });

  it('asks to reload when someone changed what was being edited (412)', () => {
    expect(describeError(problem(412))).toMatchObject({
      kind: 'changedElsewhere',
      action: 'reload',
    });
  });

  it('offers a retry for network failures, busy or failing servers', () => {
    expect(describeError(new ApiProblem('network', 0))).toMatchObject({ kind: 'network', action: 'retry' });
    expect(describeError(problem(429))).toMatchObject({ kind: 'server', action: 'retry' });
    expect(describeError(problem(503))).toMatchObject({ kind: 'server', action: 'retry' });
  });

  it('passes on the server detail and field errors of a refused request', () => {
    const errors = [{ field: 'timeZone', message: 'doit être un fuseau horaire IANA' }];
    expect(describeError(problem(400, { detail: 'Requête invalide.', errors }))).toEqual({
      kind: 'invalid',
      action: 'retry',
      detail: 'Requête invalide.',
      fieldErrors: errors,
    });
  });

  it('suggests reloading after anything unexpected', () => {
    expect(describeError(new ApiProblem('unexpected-response', 200))).toMatchObject({
      kind: 'unexpected',
      action: 'reload',
    });
    expect(describeError(new TypeError('x is undefined'))).toMatchObject({
      kind: 'unexpected',
      action: 'reload',
    });
  });

  it('leads to the charter when the person must join or accept a new charter version', () => {
    const typed = (status: number, type: string) =>
      new ApiProblem('http', status, { type, title: 'T', status });
    expect(describeError(typed(409, '/problems/charter-acceptance-required'))).toMatchObject({
      kind: 'charterRequired',
      action: 'charter',
    });
    expect(describeError(typed(403, 'https://ambassade.example/problems/not-an-ambassador'))).toMatchObject({
      kind: 'notAmbassador',
      action: 'charter',
    });
    expect(programmeProblem(typed(403, 'about:blank'))).toBeUndefined();
    expect(programmeProblem(problem(403))).toBeUndefined();
    expect(programmeProblem(new Error('x'))).toBeUndefined();
  });
});
