import type { InsightsTable } from '@contract/insights';

/** "insights-by-network-2026-10-24-2026-11-22.csv": says which table and which days, for a folder of exports. */
export function csvFileName(request: {
  table: InsightsTable;
  from?: string;
  to?: string;
  campaignId?: string;
  itemId?: string;
}): string {
  const parts = ['insights', request.table, request.campaignId ?? request.itemId, request.from, request.to];
  const name = parts
    .filter((part): part is string => Boolean(part))
    .join('-')
    // An id comes from the API: nothing in it may reach the file system as a path.
    .replace(/[^A-Za-z0-9._-]+/g, '_');
  return `${name}.csv`;
}
