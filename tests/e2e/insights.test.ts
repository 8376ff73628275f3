import { readFile } from 'node:fs/promises';
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type {
  CampaignInsights,
  CompanySummary,
  InsightsSettings,
  ProgrammeDashboard,
} from '../../bot/src/contract/insights';
import {
  DEMO_ADMIN_ID,
  DEMO_AMBASSADOR_ID,
  DEMO_MANAGER_ID,
  demoPersonId,
} from '../../bot/src/demo/demo-data';
import { projectionSettled } from '../support/activity-projection';
import { apiAs } from '../support/api-client';
import {
  describeInChromium,
  expectNoSeriousAxeIssue,
  languageOf,
  setUpE2eSession,
  waitForHeading,
} from '../support/e2e-session';

const SHARED_ITEM = 'item-01';
const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';
/** Wei Zhang, an employee who reads English. */
const EMPLOYEE_ID = demoPersonId(10);

// Formatted here with Intl, independently of the tab's own helpers; spaces normalised because French uses
// narrow no-break spaces between thousands.
const plain = (text: string | null) => (text ?? '').replace(/[\s\u202f\u00a0]+/g, ' ').trim();
const count = (value: number, lang: string) => plain(new Intl.NumberFormat(lang).format(value));
const longDay = (day: string, lang: string) =>
  plain(
    new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${day}T00:00:00Z`),
    ),
  );

/** The big figure of a KPI tile. */
const tileValue = async (page: Page, kpi: string) =>
  plain(await page.locator(`[data-kpi="${kpi}"] dd`).first().textContent());

const countedKpis = ['activeAmbassadors', 'shares', 'clicks', 'estimatedReach'] as const;

describeInChromium('Insights and the company summary in Chromium', () => {
  const session = setUpE2eSession();

  beforeAll(async () => {
    const { service } = session;
    // Activity today, whatever the demo holds: an ambassador shares an item and someone follows the link.
    const ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
    const shared = await ambassador.post(`/api/v1/library/${SHARED_ITEM}/shares`, {
      network: 'linkedin',
      language: 'en',
      text: 'Worth a read',
    });
    expect(shared.status).toBe(201);
    await fetch(shared.body.trackedUrl, { redirect: 'manual', headers: { 'user-agent': BROWSER } });
    await projectionSettled(service);
  });

  /** Shows a panel's figures as a visible table (they are always there for screen readers). */
  const showTable = (page: Page, panel: RegExp) =>
    page
      .getByRole('group', { name: panel })
      .getByRole('button', { name: /^Tableau$/ })
      .click();

  it('a manager opens Insights, sees the figures the API computes for the same period, drills down to a campaign and downloads a CSV', async () => {
    const manager = await session.signIn(DEMO_MANAGER_ID);
    const api = await apiAs(session.service, DEMO_MANAGER_ID, ['Programme.Manager']);
    await manager.getByRole('link', { name: /^Statistiques$/ }).click();
    await waitForHeading(manager, /^Statistiques$/);

    // The page's default period is the API's: the last 30 days, counted in the reporting time zone.
    const dashboard = (await api.get('/api/v1/insights/dashboard')).body as ProgrammeDashboard;
    const lang = languageOf(DEMO_MANAGER_ID);
    const { period } = dashboard;
    await manager.getByText(longDay(period.from, lang), { exact: false }).first().waitFor();
    await manager.getByText(longDay(period.to, lang), { exact: false }).first().waitFor();
    for (const kpi of countedKpis) {
      expect(await tileValue(manager, kpi), kpi).toBe(count(dashboard.kpis[kpi].current, lang));
    }
    await expectNoSeriousAxeIssue(manager);

    // Every chart is also a table: the by-network table lists each network the API lists.
    const networks = manager.getByRole('table', { name: /^Par réseau$/ });
    expect(await networks.getByRole('row').count()).toBe(
      dashboard.byNetwork.length === 0 ? 0 : dashboard.byNetwork.length + 1,
    );
    for (const row of dashboard.byNetwork) {
      await expect
        .poll(() =>
          networks
            .getByRole('row')
            .filter({ hasText: count(row.shares, lang) })
            .count(),
        )
        .toBeGreaterThan(0);
    }

    // Drill down: programme → the campaign of the item shared today.
    const { campaignId } = (await api.get(`/api/v1/insights/items/${SHARED_ITEM}`)).body.item;
    const campaign = dashboard.byCampaign.find((row) => row.campaignId === campaignId)!;
    expect(campaign.shares).toBeGreaterThan(0);
    const campaignName = campaign.name[lang];
    await showTable(manager, /Par campagne/);
    await expectNoSeriousAxeIssue(manager);
    await manager.getByRole('link', { name: campaignName, exact: true }).click();
    await waitForHeading(manager, campaignName);
    const insights = (
      await api.get(`/api/v1/insights/campaigns/${campaign.campaignId}?from=${period.from}&to=${period.to}`)
    ).body as CampaignInsights;
    await manager.locator('[data-kpi="shares"]').waitFor();
    for (const kpi of countedKpis) {
      expect(await tileValue(manager, kpi), kpi).toBe(count(insights.kpis[kpi].current, lang));
    }
    await manager.getByRole('table', { name: /^Objectifs et résultats$/ }).waitFor();
    await expectNoSeriousAxeIssue(manager);

    // The CSV downloaded is the server's table for the same campaign and period.
    const [download] = await Promise.all([
      manager.waitForEvent('download'),
      manager.getByRole('button', { name: /^Télécharger en CSV : Évolution sur la période$/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      `insights-campaign-by-day-${campaign.campaignId}-${period.from}-${period.to}.csv`,
    );
    const expected = await api.get(
      `/api/v1/insights/export?table=campaign-by-day&campaignId=${campaign.campaignId}&from=${period.from}&to=${period.to}`,
    );
    expect(expected.status).toBe(200);
    expect(await readFile(await download.path(), 'utf8')).toBe(expected.body);
    await manager.context().close();
  });

  it('an employee reads the company summary, and is told kindly that Insights is for programme managers', async () => {
    const employee = await session.signIn(EMPLOYEE_ID);
    const api = await apiAs(session.service, EMPLOYEE_ID);
    await employee.getByRole('link', { name: /^Company summary$/ }).click();
    await waitForHeading(employee, /^Company summary$/);
    const summary = (await api.get('/api/v1/insights/summary')).body as CompanySummary;
    const lang = languageOf(EMPLOYEE_ID);
    await employee.locator('[data-kpi="shares"]').waitFor();
    expect(await tileValue(employee, 'ambassadors')).toBe(count(summary.ambassadors, lang));
    for (const kpi of ['activeAmbassadors', 'shares', 'clicks', 'estimatedReach'] as const) {
      expect(await tileValue(employee, kpi), kpi).toBe(count(summary[kpi].current, lang));
    }
    await expectNoSeriousAxeIssue(employee);

    // No manager page in the menu; the API refuses; typing the address gives a polite page.
    expect(await employee.getByRole('link', { name: /^Insights$/ }).count()).toBe(0);
    const refused = await api.get('/api/v1/insights/dashboard');
    expect(refused.status).toBe(403);
    expect(refused.contentType).toContain('application/problem+json');
    for (const path of ['/insights', '/insights/campaigns/any-campaign']) {
      await employee.goto(`${session.service.url}${path}`);
      await waitForHeading(employee, /You do not have access/);
      await employee.getByText(/for programme managers/).waitFor();
    }
    await expectNoSeriousAxeIssue(employee);
    await employee.getByRole('link', { name: /Open Company summary/ }).click();
    await waitForHeading(employee, /^Company summary$/);
    await employee.context().close();
  });

  it('an administrator sets the CPC and the currency; the earned media value follows, as the API computes it', async () => {
    const admin = await session.signIn(DEMO_ADMIN_ID);
    const api = await apiAs(session.service, DEMO_ADMIN_ID, ['Programme.Admin']);
    await admin.getByRole('link', { name: /^Statistiques$/ }).click();
    await admin.getByRole('link', { name: /Réglages : CPM/ }).click();
    await waitForHeading(admin, /^Réglages des statistiques$/);
    await expectNoSeriousAxeIssue(admin);

    // A French decimal comma is an amount too.
    await admin.getByLabel(/^CPC/).fill('2,5');
    await admin.getByLabel(/^Devise/).fill('usd');
    await admin.getByRole('button', { name: /^Enregistrer les réglages$/ }).click();
    await admin
      .getByRole('status')
      .filter({ hasText: /Réglages enregistrés/ })
      .waitFor();
    const settings = (await api.get('/api/v1/insights/settings')).body as InsightsSettings;
    expect(settings).toMatchObject({ cpc: 2.5, currency: 'USD' });

    await admin
      .getByRole('link', { name: /^Statistiques$/ })
      .first()
      .click();
    await waitForHeading(admin, /^Statistiques$/);
    await admin.locator('[data-kpi="earnedMediaValue"]').waitFor();
    const dashboard = (await api.get('/api/v1/insights/dashboard')).body as ProgrammeDashboard;
    expect(dashboard.period.currency).toBe('USD');
    const money = new Intl.NumberFormat(languageOf(DEMO_ADMIN_ID), {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 0,
    });
    expect(await tileValue(admin, 'earnedMediaValue')).toBe(
      plain(money.format(dashboard.kpis.earnedMediaValue.current)),
    );
    await admin.context().close();
  });
});
