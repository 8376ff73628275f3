import {
  campaignInsightsSchema,
  companySummarySchema,
  insightsExportQuerySchema,
  insightsSettingsInputSchema,
  insightsSettingsSchema,
  itemInsightsSchema,
  periodQuerySchema,
  programmeDashboardSchema,
  retentionSchema,
  retentionQuerySchema,
} from '@contract/insights';
import type {
  CampaignInsights,
  CompanySummary,
  InsightsSettings,
  InsightsTable,
  ItemInsights,
  ProgrammeDashboard,
  Retention,
} from '@contract/insights';
import { companySummary } from '../../domain/insights/company-summary';
import { insightsSettingsOf } from '../../domain/insights/settings';
import { ApiError } from '../api-error';
import { Reply, filesOnly, handler, idParams } from '../api-route';
import { recordAudit } from '../../compliance/record-audit';
import { csvFileName, retentionCsv, tableCsv } from './insights-csv';
import {
  insightsSettings,
  loadCampaignInsights,
  loadDashboard,
  loadItemInsights,
  loadRetention,
} from './insights-data';

/** The programme over a period, for managers: KPIs against the previous period and every breakdown. */
export const getInsightsDashboard = handler({
  answer: programmeDashboardSchema,
  query: periodQuerySchema,
  async handle({ principal, services, query }): Promise<ProgrammeDashboard> {
    return loadDashboard(services.repositories, principal.tenantId, query, new Date());
  },
});

export const getCampaignInsights = handler({
  answer: campaignInsightsSchema,
  params: idParams('campaignId'),
  query: periodQuerySchema,
  async handle({ principal, services, query, params }): Promise<CampaignInsights> {
    const campaignId = params.campaignId;
    return loadCampaignInsights(services.repositories, principal.tenantId, campaignId, query, new Date());
  },
});

export const getItemInsights = handler({
  answer: itemInsightsSchema,
  params: idParams('itemId'),
  query: periodQuerySchema,
  async handle({ principal, services, query, params }): Promise<ItemInsights> {
    return loadItemInsights(services.repositories, principal.tenantId, params.itemId, query, new Date());
  },
});

export const getRetention = handler({
  answer: retentionSchema,
  query: retentionQuerySchema,
  async handle({ principal, services, query }): Promise<Retention> {
    return loadRetention(services.repositories, principal.tenantId, query.months, new Date());
  },
});

/** The company-wide summary every employee may read: aggregates only, small groups folded together. */
export const getCompanySummary = handler({
  answer: companySummarySchema,
  query: periodQuerySchema,
  async handle({ principal, services, query }): Promise<CompanySummary> {
    return companySummary(await loadDashboard(services.repositories, principal.tenantId, query, new Date()));
  },
});

const dashboardTables: Partial<Record<InsightsTable, (dashboard: ProgrammeDashboard) => string>> = {
  'by-day': (dashboard) => tableCsv.days(dashboard.byDay),
  'by-campaign': (dashboard) => tableCsv.campaigns(dashboard.byCampaign),
  'by-network': (dashboard) => tableCsv.networks(dashboard.byNetwork),
  'by-group': (dashboard) => tableCsv.groups(dashboard.byGroup),
  'by-brand': (dashboard) => tableCsv.brands(dashboard.byBrand),
  'top-content': (dashboard) => tableCsv.content(dashboard.topContent),
};
const campaignTables: Partial<Record<InsightsTable, (insights: CampaignInsights) => string>> = {
  'campaign-by-day': (insights) => tableCsv.days(insights.byDay),
  'campaign-by-network': (insights) => tableCsv.networks(insights.byNetwork),
  'campaign-by-group': (insights) => tableCsv.groups(insights.byGroup),
  'campaign-items': (insights) => tableCsv.content(insights.items),
  'campaign-ambassadors': (insights) => tableCsv.ambassadors(insights.ambassadors),
};
const itemTables: Partial<Record<InsightsTable, (insights: ItemInsights) => string>> = {
  'item-by-day': (insights) => tableCsv.days(insights.byDay),
  'item-by-network': (insights) => tableCsv.networks(insights.byNetwork),
  'item-ambassadors': (insights) => tableCsv.ambassadors(insights.ambassadors),
};

/** Any Insights table as CSV, with the same rows as the JSON endpoints. */
export const exportInsights = handler({
  answer: filesOnly,
  query: insightsExportQuerySchema,
  async handle({ principal, services, query }) {
    const { repositories } = services;
    const { tenantId } = principal;
    const { table } = query;
    const now = new Date();
    const parsed = periodQuerySchema.safeParse({ from: query.from, to: query.to });
    if (!parsed.success) throw ApiError.fromZod('query', parsed.error);
    const period = parsed.data;

    let text: string;
    let covered: { from: string; to: string } | undefined;
    const fromDashboard = dashboardTables[table];
    const fromCampaign = campaignTables[table];
    const fromItem = itemTables[table];
    if (fromDashboard) {
      const dashboard = await loadDashboard(repositories, tenantId, period, now);
      [text, covered] = [fromDashboard(dashboard), dashboard.period];
    } else if (fromCampaign) {
      const campaignId = query.campaignId ?? '';
      const insights = await loadCampaignInsights(repositories, tenantId, campaignId, period, now);
      [text, covered] = [fromCampaign(insights), insights.period];
    } else if (fromItem) {
      const insights = await loadItemInsights(repositories, tenantId, query.itemId ?? '', period, now);
      [text, covered] = [fromItem(insights), insights.period];
    } else {
      text = retentionCsv(await loadRetention(repositories, tenantId, query.months ?? 12, now));
    }
    return new Reply(text, {
      contentType: 'text/csv; charset=utf-8',
      headers: {
        'Content-Disposition': `attachment; filename="${csvFileName(table, covered)}"`,
        'Cache-Control': 'no-store',
      },
    });
  },
});

export const getInsightsSettings = handler({
  answer: insightsSettingsSchema,
  async handle({ principal, services }): Promise<InsightsSettings> {
    return insightsSettings(services.repositories, principal.tenantId);
  },
});

/** CPM, CPC, currency and reporting time zone; audited with the values before and after. */
export const updateInsightsSettings = handler({
  answer: insightsSettingsSchema,
  body: insightsSettingsInputSchema,
  async handle({ principal, services, body }): Promise<InsightsSettings> {
    const { repositories } = services;
    const chosen = { ...body, updatedAt: new Date().toISOString(), updatedBy: principal.objectId };
    let before: InsightsSettings | undefined;
    const organisation = await repositories.organisations.update(
      principal.tenantId,
      principal.tenantId,
      (current) => {
        before = insightsSettingsOf(current);
        return { ...current, insights: chosen };
      },
    );
    if (!organisation) {
      throw ApiError.notFound(
        'organisation.notSetUp',
        'The programme is not set up for your organisation yet; an administrator sets it up.',
      );
    }
    const after = insightsSettingsOf(organisation);
    await recordAudit(
      repositories,
      principal,
      'insights-settings.updated',
      { type: 'insights-settings', id: principal.tenantId },
      { before: before ?? null, after },
    );
    return after;
  },
});
