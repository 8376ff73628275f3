/** Cosmos DB adds `_rid`, `_self`, `_etag`, `_attachments` and `_ts`; the domain never sees them. */
export function withoutSystemProperties<T extends object>(document: T): T {
  return Object.fromEntries(Object.entries(document).filter(([key]) => !key.startsWith('_'))) as T;
}
