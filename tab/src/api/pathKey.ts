/**
 * The cache key of an API path: its segments, then its query string if any. A collection's key is then the
 * start of its items' keys, so that saying the collection changed reaches every item read from it.
 */
export function pathKey(path: string): string[] {
  const queryAt = path.indexOf('?');
  const pathname = queryAt < 0 ? path : path.slice(0, queryAt);
  const segments = pathname.split('/').filter(Boolean);
  return queryAt < 0 ? segments : [...segments, path.slice(queryAt)];
}
