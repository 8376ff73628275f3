import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/ApiProblem';
import { SignInRequiredError } from '../auth/authenticator';
import { describeError, programmeProblem } from './describeError';
import type { Problem } from '@contract/problem';

function problem(status: number, extra: Partial<Problem> = {}) {
  return new ApiProblem('http', status, {
    type: 'about:blank',
    title: 'Problem',
    status,
    code: 'request.invalid',
    ...extra,
  });
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

  it('passes on the codes of a refused request and its fields, never their English words', () => {
    const refused = problem(400, {
      code: 'request.invalid',
      detail: 'Check body.timeZone, body.name.fr.',
      errors: [
        { field: 'body.timeZone', code: 'field.notAChoice', message: 'Invalid option' },
        { field: 'body.name.fr', code: 'field.tooLong', params: { maximum: 80 }, message: 'Too big' },
      ],
    });
    expect(describeError(refused)).toEqual({
      kind: 'invalid',
      action: 'retry',
      reason: { code: 'request.invalid' },
      fieldErrors: [
        { field: 'body.timeZone', code: 'field.notAChoice' },
        { field: 'body.name.fr', code: 'field.tooLong', params: { maximum: 80 } },
      ],
    });
  });

  it('keeps what a refusal quotes with its code', () => {
    const refused = problem(409, { code: 'charter.staleVersion', params: { version: '2.0' } });
    expect(describeError(refused)).toMatchObject({
      reason: { code: 'charter.staleVersion', params: { version: '2.0' } },
    });
  });

  it('falls back on the status alone when the answer carried no problem', () => {
    expect(describeError(new ApiProblem('http', 409))).toEqual({
      kind: 'invalid',
      action: 'retry',
      fieldErrors: [],
    });
  });

  it('suggests reloading after anything unexpected', () => {
    expect(describeError(new TypeError('x is undefined'))).toMatchObject({
      kind: 'unexpected',
      action: 'reload',
    });
  });

  it('leads to the charter when the person must join or accept a new charter version', () => {
    const typed = (status: number, type: string) =>
      new ApiProblem('http', status, { type, title: 'T', status, code: 'charter.notAccepted' });
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
