import type { IndexingPolicy } from '@azure/cosmos';

/*
 * How Azure Cosmos DB would serve a query, read from the query and the container's declared indexing policy.
 * The embedded store has no indexes (it reads every document of the container) and charges a flat 1 RU, so
 * the cost benchmark explains each query with this instead. It covers the SQL the repositories write: property
 * paths `c.a.b`, `ARRAY_CONTAINS`, `CONTAINS`, `IS_DEFINED`, `ORDER BY`.
 */

export type Service =
  /** Every filtered and sorted property is indexed: the index finds the documents, only those are loaded. */
  | 'index'
  /** The index narrows the candidates; the ones loaded are then checked on properties it does not hold. */
  | 'index-then-filter'
  /** An aggregate (`COUNT`) over indexed filters: counted in the index, no document loaded. */
  | 'index-count'
  /** Nothing but the partition key narrows it: every document of the partition (or container) is read. */
  | 'scan';

export interface QueryPlan {
  service: Service;
  /** Asked with a partition key: one tenant's partition; otherwise every partition of the container. */
  partition: 'single' | 'every';
  indexed: string[];
  notIndexed: string[];
  /** `CONTAINS` on an indexed path reads that path's whole index (not the documents): its cost grows with it. */
  indexScans: string[];
  explanation: string;
}

/** `c.enrolment.status` → `/enrolment/status`; an array held by ARRAY_CONTAINS(c.x, …) → `/x/[]`. */
function pathsOf(clause: string): { path: string; substring: boolean }[] {
  const found: { path: string; substring: boolean }[] = [];
  const arrays = new Set<string>();
  for (const match of clause.matchAll(/ARRAY_CONTAINS\(\s*c((?:\.\w+)+)/gi)) arrays.add(match[1] ?? '');
  const substrings = new Set<string>();
  for (const match of clause.matchAll(/\bCONTAINS\(\s*c((?:\.\w+)+)/gi)) substrings.add(match[1] ?? '');
  for (const match of clause.matchAll(/\bc((?:\.\w+)+)/g)) {
    const dotted = match[1] ?? '';
    const path = dotted.replaceAll('.', '/') + (arrays.has(dotted) ? '/[]' : '');
    if (!found.some((entry) => entry.path === path)) found.push({ path, substring: substrings.has(dotted) });
  }
  return found;
}

/** Whether the policy indexes a scalar path (`/a/b`): an included `/a/b/?`, or a wildcard above it, not excluded. */
export function isIndexed(policy: IndexingPolicy, path: string): boolean {
  const covers = (pattern: string) =>
    pattern === `${path}/?` || (pattern.endsWith('/*') && `${path}/`.startsWith(pattern.slice(0, -1)));
  const included = (policy.includedPaths ?? [])
    .filter((entry) => covers(entry.path))
    .map((entry) => entry.path);
  const excluded = (policy.excludedPaths ?? [])
    .filter((entry) => covers(entry.path))
    .map((entry) => entry.path);
  // The most specific rule wins, as in Cosmos DB.
  const longest = (paths: string[]) => Math.max(-1, ...paths.map((entry) => entry.length));
  return longest(included) > longest(excluded);
}

export function explainQuery(
  sql: string,
  policy: IndexingPolicy,
  partitionKeyPath: string,
  partitionScoped: boolean,
): QueryPlan {
  const where = /\bWHERE\b([\s\S]*?)(?:\bORDER BY\b|$)/i.exec(sql)?.[1] ?? '';
  const orderBy = /\bORDER BY\b([\s\S]*)$/i.exec(sql)?.[1] ?? '';
  const filters = pathsOf(where).filter((entry) => entry.path !== partitionKeyPath);
  const sorts = pathsOf(orderBy);
  const indexed: string[] = [];
  const notIndexed: string[] = [];
  const indexScans: string[] = [];
  for (const { path, substring } of [...filters, ...sorts]) {
    if (indexed.includes(path) || notIndexed.includes(path)) continue;
    (isIndexed(policy, path) ? indexed : notIndexed).push(path);
    if (substring && isIndexed(policy, path)) indexScans.push(path);
  }
  const narrowing = filters.some((entry) => isIndexed(policy, entry.path));
  const counted = /^\s*SELECT\s+VALUE\s+COUNT\(/i.test(sql) && notIndexed.length === 0;
  const plan: Service = counted
    ? 'index-count'
    : !narrowing
      ? 'scan'
      : notIndexed.length > 0
        ? 'index-then-filter'
        : 'index';
  const scope = partitionScoped ? "the tenant's partition" : 'every partition';
  const explanations: Record<Service, string> = {
    'index-count': `counted in the index within ${scope}: no document is loaded (the charge grows with the entries counted)`,
    index: `served by the index on ${indexed.join(', ')} within ${scope}: only the matching documents are loaded`,
    'index-then-filter': `the index on ${indexed.join(', ')} narrows it within ${scope}; the documents loaded are then checked on ${notIndexed.join(', ')}`,
    scan: `reads every document of ${scope}${notIndexed.length ? ` (not indexed: ${notIndexed.join(', ')})` : ''}`,
  };
  return {
    service: plan,
    partition: partitionScoped ? 'single' : 'every',
    indexed,
    notIndexed,
    indexScans,
    explanation: explanations[plan],
  };
}
