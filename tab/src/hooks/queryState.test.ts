import { describe, expect, it } from 'vitest';
import { combinedState } from './queryState';
import type { ReadProgress } from './queryState';

const retry = () => undefined;
const answered = (data: unknown, since = { isFetchedAfterMount: true }): ReadProgress => ({
  data,
  error: null,
  isSuccess: true,
  isError: false,
  isFetching: false,
  ...since,
});
const pending: ReadProgress = { ...answered(undefined), isSuccess: false, isFetching: true };
const failed = (error: unknown): ReadProgress => ({
  ...answered(undefined),
  isSuccess: false,
  isError: true,
  error,
});

describe('combinedState', () => {
  it('is done with every value by name once all are answered', () => {
    expect(combinedState(['a', 'b'], [answered(1), answered('x')], false, retry)).toMatchObject({
      status: 'done',
      value: { a: 1, b: 'x' },
    });
  });

  it('loads while one read has no answer', () => {
    expect(combinedState(['a', 'b'], [answered(1), pending], false, retry).status).toBe('loading');
  });

  it('fails with the first failure, even while another still loads', () => {
    const error = new Error('refused');
    expect(combinedState(['a', 'b'], [pending, failed(error)], false, retry)).toMatchObject({
      status: 'error',
      error,
    });
  });

  it('shows loading again at once while a failed read is retried', () => {
    const retrying = { ...failed(new Error('refused')), isFetching: true };
    expect(combinedState(['a'], [retrying], false, retry).status).toBe('loading');
  });

  it('fresh, waits for an answer read since the page opened rather than the cached one', () => {
    const cached = answered(1, { isFetchedAfterMount: false });
    expect(combinedState(['a'], [cached], true, retry).status).toBe('loading');
    expect(combinedState(['a'], [cached], false, retry).status).toBe('done');
  });
});
