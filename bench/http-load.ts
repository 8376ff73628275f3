import autocannon from 'autocannon';

export interface Load {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  /** Requests that failed, timed out or answered another status than the one expected. */
  errors: number;
}

/** Loads one URL with `connections` keep-alive connections for `seconds`; `expect` is the answer that counts. */
async function load(
  url: string,
  options: { seconds: number; connections: number; headers: Record<string, string>; expect: '2xx' | '3xx' },
): Promise<Load> {
  const result = await autocannon({
    url,
    headers: options.headers,
    connections: options.connections,
    duration: options.seconds,
  });
  const unexpected = options.expect === '2xx' ? result.non2xx : result.non2xx - result['3xx'];
  return {
    rps: Math.round(result.requests.average),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    errors: result.errors + result.timeouts + unexpected,
  };
}

/** Warms the target for 2 s, then measures it. */
export async function warmThenLoad(url: string, options: Parameters<typeof load>[1]): Promise<Load> {
  await load(url, { ...options, seconds: 2 });
  return load(url, options);
}

export function ratio(measured: Load, baseline: Load): number {
  return Math.round((measured.rps / baseline.rps) * 100) / 100;
}
