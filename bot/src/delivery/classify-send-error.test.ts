import { describe, expect, it } from 'vitest';
import { classifySendError } from './classify-send-error';

const now = Date.parse('2026-11-23T10:00:00Z');

describe('classifySendError', () => {
  it('reads 429 as throttled, with its Retry-After', () => {
    expect(classifySendError({ statusCode: 429, retryAfter: '3', message: 'slow down' }, now)).toMatchObject({
      kind: 'throttled',
      retryAfterMs: 3000,
    });
    expect(classifySendError({ statusCode: 429, message: 'slow down' }, now)).toEqual({
      kind: 'throttled',
      reason: '429 slow down',
    });
  });

  it.each([412, 500, 502, 503, 504])('retries %i', (statusCode) => {
    expect(classifySendError({ statusCode, message: 'x' }, now).kind).toBe('transient');
  });

  it('retries a request that got no answer', () => {
    expect(classifySendError({ message: 'connect ECONNREFUSED' }, now)).toEqual({
      kind: 'transient',
      reason: 'no answer connect ECONNREFUSED',
    });
  });

  it('reads 403 MessageWritesBlocked as the person having blocked the bot', () => {
    const failure = classifySendError(
      { statusCode: 403, code: 'MessageWritesBlocked', message: 'blocked' },
      now,
    );
    expect(failure).toEqual({ kind: 'blocked', reason: '403 MessageWritesBlocked blocked' });
  });

  it('gives up on any other 4xx, 403 included', () => {
    expect(classifySendError({ statusCode: 403, code: 'BotDisabledByAdmin', message: 'x' }, now).kind).toBe(
      'rejected',
    );
    expect(classifySendError({ statusCode: 400, code: 'BadArgument', message: 'x' }, now).kind).toBe(
      'rejected',
    );
    expect(classifySendError({ statusCode: 404, message: 'x' }, now).kind).toBe('rejected');
  });
});
