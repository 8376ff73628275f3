import { useCallback, useEffect, useState } from 'react';

export type AsyncState<T> =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'done'; value: T };

interface Settled<T> {
  load: (signal: AbortSignal) => Promise<T>;
  attempt: number;
  state: AsyncState<T>;
}

/**
 * Runs `load` (which must be stable: a module function or a useCallback) and tracks its outcome.
 * A result only counts for the load and attempt that produced it, so a retry shows "loading" at once.
 */
export function useAsync<T>(
  load: (signal: AbortSignal) => Promise<T>,
): AsyncState<T> & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T>>();

  useEffect(() => {
    const controller = new AbortController();
    const settle = (state: AsyncState<T>) => {
      if (!controller.signal.aborted) setSettled({ load, attempt, state });
    };
    load(controller.signal).then(
      (value) => settle({ status: 'done', value }),
      (error: unknown) => settle({ status: 'error', error }),
    );
    return () => controller.abort();
  }, [load, attempt]);

  const retry = useCallback(() => setAttempt((current) => current + 1), []);
  const current =
    settled?.load === load && settled.attempt === attempt ? settled.state : { status: 'loading' as const };
  return { ...current, retry };
}
