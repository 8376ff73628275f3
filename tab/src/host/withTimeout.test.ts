import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimeoutError, withTimeout } from './withTimeout';

describe('withTimeout', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resolves with the value when the promise settles in time', async () => {
    await expect(withTimeout(Promise.resolve('ready'), 3000)).resolves.toBe('ready');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('passes on a rejection that comes in time', async () => {
    await expect(withTimeout(Promise.reject(new Error('No Parent window found')), 3000)).rejects.toThrow(
      'No Parent window found',
    );
  });

  it('rejects with a TimeoutError when the promise hangs', async () => {
    const result = withTimeout(new Promise(() => undefined), 3000);
    vi.advanceTimersByTime(3000);
    await expect(result).rejects.toBeInstanceOf(TimeoutError);
  });
});
