import { describe, expect, it } from 'vitest';
import { ApiProblem } from './ApiProblem';
import { shouldRetry } from './queryClient';

describe('shouldRetry', () => {
  it('tries a request that did not reach the API once more', () => {
    const unreachable = new ApiProblem('network', 0);
    expect(shouldRetry(0, unreachable)).toBe(true);
    expect(shouldRetry(1, unreachable)).toBe(false);
  });

  it('shows what the API answered at once', () => {
    expect(shouldRetry(0, new ApiProblem('http', 404))).toBe(false);
    expect(shouldRetry(0, new ApiProblem('http', 503))).toBe(false);
    expect(shouldRetry(0, new Error('bug'))).toBe(false);
  });
});
