import { describe, expect, it } from 'vitest';
import { problemTypes } from '@contract/problem-types';
import { ApiProblem } from '../api/ApiProblem';
import { audienceOf, isForbidden } from './restrictedAccess';

describe('audienceOf', () => {
  it('names the broadest role that opens the page', () => {
    expect(audienceOf(['Programme.Manager', 'Programme.Admin'])).toBe('managers');
    expect(audienceOf(['Programme.Reviewer', 'Programme.Admin'])).toBe('reviewers');
    expect(audienceOf(['Programme.Admin'])).toBe('admins');
  });
});

describe('isForbidden', () => {
  const problem = (type: string) => ({
    type,
    title: 'Forbidden',
    status: 403,
    code: 'auth.roleRequired' as const,
  });

  it('is a 403 for the person’s roles', () => {
    expect(isForbidden(new ApiProblem('http', 403, problem('about:blank')))).toBe(true);
    expect(isForbidden(new ApiProblem('http', 403))).toBe(true);
  });

  it('is not a step the person can take, another status, or another error', () => {
    expect(isForbidden(new ApiProblem('http', 403, problem(problemTypes.notAnAmbassador)))).toBe(false);
    expect(isForbidden(new ApiProblem('http', 404))).toBe(false);
    expect(isForbidden(new Error('boom'))).toBe(false);
  });
});
