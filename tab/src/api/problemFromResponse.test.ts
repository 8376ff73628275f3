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

  it('accepts plain JSON problem bodies too', () => {
    expect(problemFromResponse(403, 'application/json', { ...problem, status: 403 }).problem?.status).toBe(
      403,
    );
  });

  it('drops bodies that are not problem details', () => {
    expect(problemFromResponse(502, 'text/html', '<html>Bad gateway</html>').problem).toBeUndefined();
    expect(problemFromResponse(500, 'application/json', { error: 'boom' }).problem).toBeUndefined();
    expect(problemFromResponse(404, null, undefined).problem).toBeUndefined();
    expect(problemFromResponse(404, null, undefined).status).toBe(404);
  });
});
