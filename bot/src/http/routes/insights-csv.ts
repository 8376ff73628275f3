import type {
  AmbassadorRow,
  BrandRow,
  CampaignRow,
  ContentRow,
  DayRow,
  GroupRow,
  InsightsTable,
  NetworkRow,
  ReachFigures,
  Retention,
} from '@contract/insights';
import { toCsv } from '../../domain/csv';

type Column<Row> = { header: string; value: (row: Row) => string | number };

const reachColumns: Column<ReachFigures>[] = [
  { header: 'shares', value: (row) => row.shares },
  { header: 'clicks', value: (row) => row.clicks },
  { header: 'clicks_per_share', value: (row) => round(row.ctr) },
  { header: 'estimated_reach', value: (row) => row.estimatedReach },
  { header: 'earned_media_value', value: (row) => row.earnedMediaValue },
];

const round = (value: number) => Math.round(value * 10_000) / 10_000;

const dayColumns: Column<DayRow>[] = [
  { header: 'date', value: (row) => row.date },
  ...reachColumns,
  { header: 'active_ambassadors', value: (row) => row.activeAmbassadors },
  { header: 'joins', value: (row) => row.joins },
  { header: 'leaves', value: (row) => row.leaves },
];

const networkColumns: Column<NetworkRow>[] = [
  { header: 'network', value: (row) => row.network },
  ...reachColumns,
];

const groupColumns: Column<GroupRow>[] = [
  { header: 'group_id', value: (row) => row.groupId },
  { header: 'group_en', value: (row) => row.name.en },
  { header: 'group_fr', value: (row) => row.name.fr },
  { header: 'kind', value: (row) => row.kind },
  { header: 'ambassadors', value: (row) => row.ambassadors },
  { header: 'active_ambassadors', value: (row) => row.activeAmbassadors },
  ...reachColumns,
];

const brandColumns: Column<BrandRow>[] = [
  { header: 'brand_id', value: (row) => row.brandId },
  { header: 'brand', value: (row) => row.name },
  { header: 'ambassadors', value: (row) => row.ambassadors },
  { header: 'active_ambassadors', value: (row) => row.activeAmbassadors },
  ...reachColumns,
];

const campaignColumns: Column<CampaignRow>[] = [
  { header: 'campaign_id', value: (row) => row.campaignId },
  { header: 'campaign_en', value: (row) => row.name.en },
  { header: 'campaign_fr', value: (row) => row.name.fr },
  { header: 'status', value: (row) => row.status },
  ...reachColumns,
  { header: 'active_ambassadors', value: (row) => row.activeAmbassadors },
  { header: 'target_shares', value: (row) => row.targets.shares.target },
  { header: 'actual_shares', value: (row) => row.targets.shares.actual },
  { header: 'target_clicks', value: (row) => row.targets.clicks.target },
  { header: 'actual_clicks', value: (row) => row.targets.clicks.actual },
  { header: 'target_participation_rate', value: (row) => row.targets.participationRate.target },
  { header: 'actual_participation_rate', value: (row) => round(row.targets.participationRate.actual) },
];

const contentColumns: Column<ContentRow>[] = [
  { header: 'item_id', value: (row) => row.itemId },
  { header: 'title_en', value: (row) => row.title.en },
  { header: 'title_fr', value: (row) => row.title.fr },
  { header: 'campaign_id', value: (row) => row.campaignId ?? '' },
  ...reachColumns,
];

const ambassadorColumns: Column<AmbassadorRow>[] = [
  { header: 'person_id', value: (row) => row.personId },
  { header: 'name', value: (row) => row.displayName },
  { header: 'shares', value: (row) => row.shares },
  { header: 'clicks', value: (row) => row.clicks },
  { header: 'estimated_reach', value: (row) => row.estimatedReach },
];

type RetentionRow = {
  cohort: string;
  size: number;
  monthsSinceEnrolment: number;
  active: number;
  activeShare: number;
};
const retentionColumns: Column<RetentionRow>[] = [
  { header: 'cohort', value: (row) => row.cohort },
  { header: 'cohort_size', value: (row) => row.size },
  { header: 'months_since_enrolment', value: (row) => row.monthsSinceEnrolment },
  { header: 'active', value: (row) => row.active },
  { header: 'active_share', value: (row) => round(row.activeShare) },
];

export function retentionCsv(retention: Retention): string {
  return toCsv(
    retention.cohorts.flatMap(({ cohort, size, months }) =>
      months.map((month) => ({ cohort, size, ...month })),
    ),
    retentionColumns,
  );
}

/** The CSV of one table, given the rows the JSON endpoint answers with. */
export const tableCsv = {
  days: (rows: DayRow[]) => toCsv(rows, dayColumns),
  networks: (rows: NetworkRow[]) => toCsv(rows, networkColumns),
  groups: (rows: GroupRow[]) => toCsv(rows, groupColumns),
  brands: (rows: BrandRow[]) => toCsv(rows, brandColumns),
  campaigns: (rows: CampaignRow[]) => toCsv(rows, campaignColumns),
  content: (rows: ContentRow[]) => toCsv(rows, contentColumns),
  ambassadors: (rows: AmbassadorRow[]) => toCsv(rows, ambassadorColumns),
};

export function csvFileName(table: InsightsTable, period: { from: string; to: string } | undefined): string {
  return `insights-${table}${period ? `-${period.from}-${period.to}` : ''}.csv`;
}
