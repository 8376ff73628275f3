import { describe, expect, it } from 'vitest';
import { ApiProblem } from './ApiProblem';
import { problemFromResponse } from './problemFromResponse';

const problem = {
  type: 'https://ambassade.example/problems/validation',
  title: 'Invalid request',
  status: 400,
  code: 'request.invalid',
  detail: 'Check timeZone.',
  errors: [
    {
      field: 'timeZone',
      code: 'field.notAChoice',
      message: 'must be an IANA time zone such as Europe/Paris',
    },
  ],
};

describe('problemFromResponse', () => {
  it('keeps well-formed problem details', () => {
    const result = problemFromResponse(400, 'application/problem+json; charset=utf-8', problem);
    expect(result).toBeInstanceOf(ApiProblem);
    expect(result.kind).toBe('http');
    expect(result.status).toBe(400);
    expect(result.problem).toEqual(problem);
    expect(result.message).toBe('Invalid request');
  });

  it('keeps what a refusal and its fields quote', () => {
    const quoting = {
      ...problem,
      params: { name: 'Paris', maximum: 3 },
      errors: [{ field: 'networks', code: 'field.tooFew', params: { minimum: 1 } }],
    };
    expect(problemFromResponse(400, 'application/problem+json', quoting).problem).toEqual(quoting);
  });

  it('accepts plain JSON problem bodies too', () => {
    expect(problemFromResponse(403, 'application/json', { ...problem, status: 403 }).problem?.status).toBe(
      403,
    );
  });

  it('drops bodies that are not problem details', () => {
    expect(problemFromResponse(502, 'text/html', '<html>Bad gateway</html>').problem).toBeUndefined();
    expect(problemFromResponse(500, 'application/json', { error: 'boom' }).problem).toBeUndefined();
    expect(problemFromResponse(500, 'application/json', null).problem).toBeUndefined();
    expect(problemFromResponse(500, 'application/json', [problem]).problem).toBeUndefined();
    expect(problemFromResponse(404, null, undefined).problem).toBeUndefined();
    expect(problemFromResponse(404, null, undefined).status).toBe(404);
  });

  it('keeps problem details only from a JSON answer', () => {
    expect(problemFromResponse(400, 'text/plain', problem).problem).toBeUndefined();
    expect(problemFromResponse(400, null, problem).problem).toBeUndefined();
  });

  it.each([
    ['no code', { ...problem, code: undefined }],
    ['a status that is not a whole number', { ...problem, status: '400' }],
    ['a title that is not text', { ...problem, title: 42 }],
    ['no type', { ...problem, type: undefined }],
    ['params that are not all text or numbers', { ...problem, params: { maximum: 3, names: ['x'] } }],
    ['params that are a list', { ...problem, params: ['timeZone'] }],
    ['errors that are not a list', { ...problem, errors: problem.errors[0] }],
    ['an error without its field', { ...problem, errors: [{ code: 'field.notAChoice' }] }],
    ['an error without its code', { ...problem, errors: [{ field: 'timeZone' }] }],
    [
      'an error whose params are not a record',
      { ...problem, errors: [{ ...problem.errors[0], params: 'x' }] },
    ],
  ])('drops problem details with %s', (_, body) => {
    const result = problemFromResponse(400, 'application/problem+json', body);
    expect(result.problem).toBeUndefined();
    expect(result.status).toBe(400);
    expect(result.message).toBe('http 400');
  });
});
