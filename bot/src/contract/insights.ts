import { z } from 'zod';
import { periodInOrder } from './instant';
import { codedRule } from './problem-codes';
import { campaignStatusSchema } from './campaigns';
import { timeZoneSchema } from './locale-schemas';
import { localizedSchema } from './localized';
import { networkSchema } from './network-schema';
import { idSchema } from './web-address';

/*
 * Insights: the programme's KPIs (names and formulas of PRODUCT.md "KPI definitions"), read from counters that
 * the projection job keeps per day in the organisation's reporting time zone — never from the events themselves.
 *
 * Formulas, for every table below:
 * - `ctr` = clicks / shares (0 when there is no share);
 * - `estimatedReach` = Σ over shares of the ambassador's declared audience on that network;
 * - `earnedMediaValue` = estimatedReach × CPM / 1000 + clicks × CPC, in the settings' currency;
 * - `participationRate` = ambassadors / eligible employees; `activeAmbassadors` = ambassadors with ≥ 1 share in
 *   the period (each person counted once however often they shared).
 */

/** A calendar day in the organisation's reporting time zone, e.g. `2026-11-22`. */
export const reportingDateSchema = z.iso.date({ message: 'must be a date (YYYY-MM-DD)' });

/** The longest period a dashboard covers: a year, so a dashboard reads a bounded number of counters. */
export const maxPeriodDays = 366;

/**
 * Query of every period-based endpoint: `from` and `to` are days in the reporting time zone, both included.
 * Give both or neither; neither is the 30 days ending today. The previous period is the one of the same length
 * that ends the day before `from`.
 */
export const periodQuerySchema = z
  .object({ from: reportingDateSchema.optional(), to: reportingDateSchema.optional() })
  .refine(
    (query) => (query.from === undefined) === (query.to === undefined),
    codedRule('field.bothOrNeither', 'give both from and to, or neither', ['to']),
  )
  .refine(...periodInOrder)
  .refine(
    (query) =>
      !query.from ||
      !query.to ||
      (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 < maxPeriodDays,
    {
      ...codedRule('field.periodTooLong', `the period must not exceed ${maxPeriodDays} days`, ['to']),
      params: { code: 'field.periodTooLong', maximumDays: maxPeriodDays },
    },
  );
export type PeriodQuery = z.infer<typeof periodQuerySchema>;

/** The period a response covers, resolved (defaults applied), and the previous one it is compared with. */
export const periodSchema = z.object({
  from: z.string(),
  to: z.string(),
  previousFrom: z.string(),
  previousTo: z.string(),
  /** IANA time zone the days are taken in, e.g. `Europe/Paris`. */
  timeZone: z.string(),
  /** ISO 4217 currency of every earned media value, e.g. `EUR`. */
  currency: z.string(),
});
export type Period = z.infer<typeof periodSchema>;

/** A KPI this period and the previous one; `previous` is null when it cannot be known (e.g. a past roster). */
export const comparisonSchema = z.object({ current: z.number(), previous: z.number().nullable() });
export type Comparison = z.infer<typeof comparisonSchema>;

/** Reach figures of any slice (a day, a network, a campaign, a group…) over the period. */
const reachFigures = {
  shares: z.number().int(),
  clicks: z.number().int(),
  ctr: z.number(),
  estimatedReach: z.number().int(),
  earnedMediaValue: z.number(),
};
export const reachFiguresSchema = z.object(reachFigures);
export type ReachFigures = z.infer<typeof reachFiguresSchema>;

export const programmeKpisSchema = z.object({
  /** Ambassadors today / eligible employees today; `previous` is null (the roster is not kept by day). */
  participationRate: comparisonSchema,
  ambassadors: comparisonSchema,
  eligibleEmployees: comparisonSchema,
  activeAmbassadors: comparisonSchema,
  shares: comparisonSchema,
  clicks: comparisonSchema,
  ctr: comparisonSchema,
  estimatedReach: comparisonSchema,
  earnedMediaValue: comparisonSchema,
  /** Enrolments and withdrawals in the period. */
  joins: comparisonSchema,
  leaves: comparisonSchema,
  /** Content proposals sent by employees in the period. */
  proposals: comparisonSchema,
});

/** One entry per day of the period, oldest first, days without activity included (zeros). */
export const dayRowSchema = z.object({
  date: z.string(),
  ...reachFigures,
  activeAmbassadors: z.number().int(),
  joins: z.number().int(),
  leaves: z.number().int(),
});
export type DayRow = z.infer<typeof dayRowSchema>;

/** A campaign's targets and what it reached over its whole run (not only the period). */
export const targetsVsActualSchema = z.object({
  shares: z.object({ target: z.number(), actual: z.number().int() }),
  clicks: z.object({ target: z.number(), actual: z.number().int() }),
  participationRate: z.object({ target: z.number(), actual: z.number() }),
});
export type TargetsVsActual = z.infer<typeof targetsVsActualSchema>;

/** Campaigns with activity in the period or live during it, most shares first. */
export const campaignRowSchema = z.object({
  campaignId: z.string(),
  name: localizedSchema,
  status: campaignStatusSchema,
  ...reachFigures,
  /** Distinct ambassadors who shared the campaign's content in the period. */
  activeAmbassadors: z.number().int(),
  targets: targetsVsActualSchema,
});
export type CampaignRow = z.infer<typeof campaignRowSchema>;

export const networkRowSchema = z.object({ network: networkSchema, ...reachFigures });
export type NetworkRow = z.infer<typeof networkRowSchema>;

/** Per group (any kind: team, site…), counted on the groups the person was in when they acted. */
export const groupRowSchema = z.object({
  groupId: z.string(),
  name: localizedSchema,
  kind: z.string(),
  /** Ambassadors in the group today. */
  ambassadors: z.number().int(),
  activeAmbassadors: z.number().int(),
  ...reachFigures,
});
export type GroupRow = z.infer<typeof groupRowSchema>;

export const brandRowSchema = z.object({
  brandId: z.string(),
  name: z.string(),
  ambassadors: z.number().int(),
  activeAmbassadors: z.number().int(),
  ...reachFigures,
});
export type BrandRow = z.infer<typeof brandRowSchema>;

/** The most shared items of the period (ties: most clicks), at most `topContentSize`. */
export const topContentSize = 10;
export const contentRowSchema = z.object({
  itemId: z.string(),
  /** Empty texts when the item was deleted since. */
  title: localizedSchema,
  campaignId: z.string().nullable(),
  ...reachFigures,
});
export type ContentRow = z.infer<typeof contentRowSchema>;

/** GET /api/v1/insights/dashboard?from&to (programme managers): the programme over a period. */
export const programmeDashboardSchema = z.object({
  period: periodSchema,
  kpis: programmeKpisSchema,
  byDay: z.array(dayRowSchema),
  byCampaign: z.array(campaignRowSchema),
  byNetwork: z.array(networkRowSchema),
  byGroup: z.array(groupRowSchema),
  byBrand: z.array(brandRowSchema),
  topContent: z.array(contentRowSchema),
});
export type ProgrammeDashboard = z.infer<typeof programmeDashboardSchema>;

/**
 * An individual's figures: only programme managers see other people's (and each person their own in My impact).
 * Over the whole life of the campaign or item, not the period. An erased person shows as an empty name.
 */
export const ambassadorRowSchema = z.object({
  personId: z.string(),
  displayName: z.string(),
  shares: z.number().int(),
  clicks: z.number().int(),
  estimatedReach: z.number().int(),
});
export type AmbassadorRow = z.infer<typeof ambassadorRowSchema>;

const sliceKpisSchema = z.object({
  shares: comparisonSchema,
  clicks: comparisonSchema,
  ctr: comparisonSchema,
  estimatedReach: comparisonSchema,
  earnedMediaValue: comparisonSchema,
  activeAmbassadors: comparisonSchema,
});
export type SliceKpis = z.infer<typeof sliceKpisSchema>;

/** GET /api/v1/insights/campaigns/:campaignId?from&to (programme managers): drill-down into one campaign. */
export const campaignInsightsSchema = z.object({
  period: periodSchema,
  campaign: z.object({
    id: z.string(),
    name: localizedSchema,
    status: campaignStatusSchema,
    startsAt: z.string(),
    endsAt: z.string(),
  }),
  kpis: sliceKpisSchema,
  targets: targetsVsActualSchema,
  byDay: z.array(dayRowSchema),
  byNetwork: z.array(networkRowSchema),
  byGroup: z.array(groupRowSchema),
  /** Every item of the campaign with activity in the period, most shares first. */
  items: z.array(contentRowSchema),
  /** Most shares first. */
  ambassadors: z.array(ambassadorRowSchema),
});
export type CampaignInsights = z.infer<typeof campaignInsightsSchema>;

/** GET /api/v1/insights/items/:itemId?from&to (programme managers): drill-down into one content item. */
export const itemInsightsSchema = z.object({
  period: periodSchema,
  item: z.object({ id: z.string(), title: localizedSchema, campaignId: z.string().nullable() }),
  kpis: sliceKpisSchema,
  byDay: z.array(dayRowSchema),
  byNetwork: z.array(networkRowSchema),
  ambassadors: z.array(ambassadorRowSchema),
});
export type ItemInsights = z.infer<typeof itemInsightsSchema>;

/** GET /api/v1/insights/retention?months=12 (programme managers): the last `months` enrolment cohorts. */
export const retentionQuerySchema = z.object({ months: z.coerce.number().int().min(1).max(36).default(12) });

/**
 * Retention curve: for each enrolment cohort (month of joining, reporting time zone), the share of the cohort
 * with ≥ 1 share in each month since enrolment (0 = the month they joined), up to the current month.
 */
export const retentionSchema = z.object({
  timeZone: z.string(),
  cohorts: z.array(
    z.object({
      cohort: z.string(),
      size: z.number().int(),
      months: z.array(
        z.object({
          monthsSinceEnrolment: z.number().int(),
          active: z.number().int(),
          activeShare: z.number(),
        }),
      ),
    }),
  ),
  /** All cohorts together, weighted by size: the curve to plot. */
  average: z.array(z.object({ monthsSinceEnrolment: z.number().int(), activeShare: z.number() })),
});
export type Retention = z.infer<typeof retentionSchema>;

/** Tables of CSV exports; `campaign-*` need `campaignId`, `item-*` need `itemId`. */
export const insightsTables = [
  'by-day',
  'by-campaign',
  'by-network',
  'by-group',
  'by-brand',
  'top-content',
  'retention',
  'campaign-by-day',
  'campaign-by-network',
  'campaign-by-group',
  'campaign-items',
  'campaign-ambassadors',
  'item-by-day',
  'item-by-network',
  'item-ambassadors',
] as const;
export const insightsTableSchema = z.enum(insightsTables);
export type InsightsTable = z.infer<typeof insightsTableSchema>;

/**
 * GET /api/v1/insights/export?table&from&to[&campaignId|&itemId][&months] (programme managers): one table as
 * CSV (text/csv, UTF-8, one header line), same rows as the JSON endpoints.
 */
export const insightsExportQuerySchema = z
  .object({
    table: insightsTableSchema,
    from: reportingDateSchema.optional(),
    to: reportingDateSchema.optional(),
    campaignId: idSchema.optional(),
    itemId: idSchema.optional(),
    months: z.coerce.number().int().min(1).max(36).optional(),
  })
  .refine(
    (query) => !query.table.startsWith('campaign-') || query.campaignId,
    codedRule('field.requiredForTable', 'required for this table', ['campaignId']),
  )
  .refine(
    (query) => !query.table.startsWith('item-') || query.itemId,
    codedRule('field.requiredForTable', 'required for this table', ['itemId']),
  );

/** Groups with fewer ambassadors than this are folded into one "other" row of the company summary. */
export const summaryMinGroupSize = 5;

/** The id of the row that folds small groups together in the company summary. */
export const otherGroupId = 'other';

/**
 * GET /api/v1/insights/summary?from&to (every employee): the company-wide summary, aggregates only — no
 * individual and no group under `summaryMinGroupSize` ambassadors (folded into `otherGroupId`).
 */
export const companySummarySchema = z.object({
  period: periodSchema,
  ambassadors: z.number().int(),
  participationRate: z.number(),
  activeAmbassadors: comparisonSchema,
  shares: comparisonSchema,
  clicks: comparisonSchema,
  estimatedReach: comparisonSchema,
  byNetwork: z.array(
    z.object({ network: networkSchema, shares: z.number().int(), clicks: z.number().int() }),
  ),
  /**
   * Groups of `summaryMinGroupSize` ambassadors or more, most shares first, then the "other" row folding the
   * smaller groups together (sums of their figures), shown only if it itself reaches `summaryMinGroupSize`.
   */
  byGroup: z.array(
    z.object({
      groupId: z.string(),
      /** Empty texts for the "other" row: the tab names it. */
      name: localizedSchema,
      ambassadors: z.number().int(),
      activeAmbassadors: z.number().int(),
      shares: z.number().int(),
    }),
  ),
  topContent: z.array(z.object({ itemId: z.string(), title: localizedSchema, shares: z.number().int() })),
});
export type CompanySummary = z.infer<typeof companySummarySchema>;

/** ISO 4217 currency code. */
export const currencySchema = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, 'must be a three-letter currency code, e.g. EUR');

/**
 * GET and PUT /api/v1/insights/settings (administrators; GET also programme managers). The time zone decides
 * which day an event counts in from the moment it is changed; days already counted stay as they were.
 */
export const insightsSettingsInputSchema = z
  .object({
    /** Cost per thousand impressions, in `currency`. */
    cpm: z.number().min(0).max(10_000),
    /** Cost per click, in `currency`. */
    cpc: z.number().min(0).max(10_000),
    currency: currencySchema,
    reportingTimeZone: timeZoneSchema,
  })
  .strict();
export type InsightsSettingsInput = z.infer<typeof insightsSettingsInputSchema>;

export const insightsSettingsSchema = z.object({
  cpm: z.number(),
  cpc: z.number(),
  currency: z.string(),
  reportingTimeZone: z.string(),
  /** Absent while the defaults apply. */
  updatedAt: z.string().optional(),
});
export type InsightsSettings = z.infer<typeof insightsSettingsSchema>;

/** What applies until an administrator chooses (a conservative CPM/CPC for organic social posts). */
export const defaultInsightsSettings: InsightsSettings = {
  cpm: 10,
  cpc: 1,
  currency: 'EUR',
  reportingTimeZone: 'Europe/Paris',
};
