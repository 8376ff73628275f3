import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ADMIN_ID,
  DEMO_AMBASSADOR_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_TENANT_ID,
} from '../../bot/src/demo/demo-data';
import type { ProgrammeDashboard } from '../../bot/src/contract/insights';
import { projectionSettled } from '../support/activity-projection';
import { apiAs } from '../support/api-client';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

let service: TestService;
let manager: Awaited<ReturnType<typeof apiAs>>;
let ambassador: Awaited<ReturnType<typeof apiAs>>;
let employee: Awaited<ReturnType<typeof apiAs>>;
let admin: Awaited<ReturnType<typeof apiAs>>;

beforeAll(async () => {
  service = await startTestService();
  manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
  ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
  employee = await apiAs(service, DEMO_EMPLOYEE_ID);
  admin = await apiAs(service, DEMO_ADMIN_ID, ['Programme.Admin']);
  await projectionSettled(service);
});
afterAll(() => service.dispose());

async function dashboard(): Promise<ProgrammeDashboard> {
  const { status, body } = await manager.get('/api/v1/insights/dashboard');
  expect(status).toBe(200);
  return body as ProgrammeDashboard;
}

const network = (board: ProgrammeDashboard, name: string) =>
  board.byNetwork.find((row) => row.network === name) ?? { shares: 0, clicks: 0, estimatedReach: 0 };

describe('Insights', () => {
  it('shows a manager the demo programme’s figures from the start', async () => {
    const board = await dashboard();
    expect(board.kpis.shares.current).toBeGreaterThan(0);
    expect(board.kpis.clicks.current).toBeGreaterThan(0);
    expect(board.kpis.activeAmbassadors.current).toBeGreaterThan(0);
    expect(board.byCampaign.length).toBeGreaterThan(0);
    expect(board.topContent[0]?.title.en).not.toBe('');
    expect((await manager.get('/api/v1/insights/retention')).body.cohorts.length).toBeGreaterThan(0);
  });

  it('counts every employee of the directory as eligible, and reads only who is or was an ambassador', async () => {
    const { items: people } = await service.repositories.people.page(DEMO_TENANT_ID, 1_000);
    const board = await dashboard();
    expect(people.some((person) => person.enrolment.status === 'not-enrolled')).toBe(true);
    expect(board.kpis.eligibleEmployees.current).toBe(people.length);
    expect(board.kpis.ambassadors.current).toBe(
      people.filter((person) => person.enrolment.status === 'ambassador').length,
    );
    const roster = await service.repositories.people.roster(DEMO_TENANT_ID);
    expect(roster.map((person) => person.status).sort()).toEqual(
      people
        .filter((person) => person.enrolment.status !== 'not-enrolled')
        .map((person) => person.enrolment.status)
        .sort(),
    );
  });

  it('turns a share and a click into the dashboard’s figures, the drill-downs and the campaign’s progress', async () => {
    const before = await dashboard();
    // Estimated reach adds the audience the ambassador declared on the network (none declared: nothing).
    const declared: number =
      (await ambassador.get('/api/v1/me/enrolment')).body.networks.find(
        (entry: { network: string }) => entry.network === 'x',
      )?.audienceSize ?? 0;
    const progressBefore = (await manager.get('/api/v1/studio/campaigns/campaign-douai-recrute')).body
      .progress;

    const shared = await ambassador.post('/api/v1/library/item-01/shares', {
      network: 'x',
      language: 'en',
      text: 'Worth a read',
    });
    expect(shared.status).toBe(201);
    expect(
      (await fetch(shared.body.trackedUrl, { redirect: 'manual', headers: { 'user-agent': BROWSER } }))
        .status,
    ).toBe(302);
    await projectionSettled(service);

    const after = await dashboard();
    expect(after.kpis.shares.current).toBe(before.kpis.shares.current + 1);
    expect(after.kpis.clicks.current).toBe(before.kpis.clicks.current + 1);
    expect(after.kpis.estimatedReach.current).toBe(before.kpis.estimatedReach.current + declared);
    expect(network(after, 'x').shares).toBe(network(before, 'x').shares + 1);
    expect(after.byDay.at(-1)!.shares).toBe(before.byDay.at(-1)!.shares + 1);
    expect(after.byDay.at(-1)!.activeAmbassadors).toBeGreaterThanOrEqual(1);
    const { cpm, cpc } = (await manager.get('/api/v1/insights/settings')).body;
    expect(after.kpis.earnedMediaValue.current).toBeCloseTo(
      (after.kpis.estimatedReach.current * cpm) / 1000 + after.kpis.clicks.current * cpc,
      2,
    );

    const item = await manager.get('/api/v1/insights/items/item-01');
    expect(item.status).toBe(200);
    expect(item.body.ambassadors).toContainEqual(
      expect.objectContaining({
        personId: DEMO_AMBASSADOR_ID,
        shares: 1,
        clicks: 1,
        estimatedReach: declared,
      }),
    );
    const campaignId = item.body.item.campaignId as string;
    const campaign = await manager.get(`/api/v1/insights/campaigns/${campaignId}`);
    expect(campaign.status).toBe(200);
    expect(campaign.body.items.map((row: { itemId: string }) => row.itemId)).toContain('item-01');
    if (campaignId === 'campaign-douai-recrute') {
      const progress = (await manager.get(`/api/v1/studio/campaigns/${campaignId}`)).body.progress;
      expect(progress.shares).toBe(progressBefore.shares + 1);
      expect(progress.clicks).toBe(progressBefore.clicks + 1);
    }
  });

  it('counts joins and leaves, and the retention curve has the month’s cohort', async () => {
    const before = await dashboard();
    const newcomer = await apiAs(service, DEMO_EMPLOYEE_ID);
    const charter = (await newcomer.get('/api/v1/charter')).body;
    const joined = await newcomer.post('/api/v1/me/enrolment', {
      charterVersion: charter.version,
      charterLanguage: 'en',
      networks: [{ network: 'linkedin', audienceSize: 300 }],
      languages: ['en'],
      preferences: {
        nudges: 'weekly-digest',
        quietHours: { start: '20:00', end: '08:00' },
        timeZone: 'Europe/Paris',
        showOnLeaderboards: true,
      },
    });
    expect(joined.status).toBe(201);
    await projectionSettled(service);
    const after = await dashboard();
    expect(after.kpis.joins.current).toBe(before.kpis.joins.current + 1);
    expect(after.kpis.ambassadors.current).toBe(before.kpis.ambassadors.current + 1);

    const retention = await manager.get('/api/v1/insights/retention?months=3');
    expect(retention.status).toBe(200);
    const latest = retention.body.cohorts.at(-1);
    expect(latest.size).toBeGreaterThanOrEqual(1);
    expect(retention.body.average[0].activeShare).toBeGreaterThanOrEqual(0);

    expect((await newcomer.delete('/api/v1/me/enrolment')).status).toBe(200);
    await projectionSettled(service);
    expect((await dashboard()).kpis.leaves.current).toBe(after.kpis.leaves.current + 1);
  });

  it('lets managers in, gives employees the company summary only, and admins the settings', async () => {
    for (const path of [
      '/api/v1/insights/dashboard',
      '/api/v1/insights/campaigns/campaign-douai-recrute',
      '/api/v1/insights/items/item-01',
      '/api/v1/insights/retention',
      '/api/v1/insights/export?table=by-day',
    ]) {
      expect((await employee.get(path)).status, path).toBe(403);
    }
    const summary = await employee.get('/api/v1/insights/summary');
    expect(summary.status).toBe(200);
    expect(JSON.stringify(summary.body)).not.toContain(DEMO_AMBASSADOR_ID);
    for (const group of summary.body.byGroup) expect(group.ambassadors).toBeGreaterThanOrEqual(5);

    expect(
      (
        await manager.put('/api/v1/insights/settings', {
          cpm: 1,
          cpc: 1,
          currency: 'EUR',
          reportingTimeZone: 'UTC',
        })
      ).status,
    ).toBe(403);
    const wrong = await admin.put('/api/v1/insights/settings', {
      cpm: 12,
      cpc: 0.5,
      currency: 'EUR',
      reportingTimeZone: 'Mars/Olympus',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('body.reportingTimeZone');
    const saved = await admin.put('/api/v1/insights/settings', {
      cpm: 12,
      cpc: 0.5,
      currency: 'USD',
      reportingTimeZone: 'Europe/Paris',
    });
    expect(saved.status).toBe(200);
    const board = await dashboard();
    expect(board.period.currency).toBe('USD');
    expect(board.kpis.earnedMediaValue.current).toBeCloseTo(
      (board.kpis.estimatedReach.current * 12) / 1000 + board.kpis.clicks.current * 0.5,
      2,
    );
  });

  it('exports every table as CSV with the JSON’s rows, and names the field of a bad query', async () => {
    const board = await dashboard();
    const byDay = await manager.get(
      `/api/v1/insights/export?table=by-day&from=${board.period.from}&to=${board.period.to}`,
    );
    expect(byDay.status).toBe(200);
    expect(byDay.response.headers.get('content-type')).toContain('text/csv');
    const lines = (byDay.body as string).trim().split('\r\n');
    expect(lines[0]).toMatch(/^date,shares,clicks,clicks_per_share,estimated_reach,earned_media_value/);
    expect(lines).toHaveLength(board.byDay.length + 1);
    for (const table of ['by-campaign', 'by-network', 'by-group', 'by-brand', 'top-content', 'retention']) {
      expect((await manager.get(`/api/v1/insights/export?table=${table}`)).status, table).toBe(200);
    }
    const campaignCsv = await manager.get(
      '/api/v1/insights/export?table=campaign-ambassadors&campaignId=campaign-douai-recrute',
    );
    expect(campaignCsv.status).toBe(200);
    const missing = await manager.get('/api/v1/insights/export?table=campaign-items');
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe('query.campaignId');
    const backwards = await manager.get('/api/v1/insights/dashboard?from=2026-03-10&to=2026-03-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].field).toBe('query.to');
  });

  it('keeps the counters whole after erasure, with the person’s events pseudonymised', async () => {
    const before = await dashboard();
    expect((await ambassador.delete('/api/v1/me')).status).toBe(200);
    await projectionSettled(service);
    const after = await dashboard();
    expect(after.kpis.shares).toEqual(before.kpis.shares);
    expect(after.kpis.clicks).toEqual(before.kpis.clicks);
    expect(after.kpis.activeAmbassadors.current).toBe(before.kpis.activeAmbassadors.current);
    const item = await manager.get('/api/v1/insights/items/item-01');
    expect(item.body.ambassadors.map((row: { personId: string }) => row.personId)).not.toContain(
      DEMO_AMBASSADOR_ID,
    );
    expect(item.body.kpis.shares.current).toBeGreaterThanOrEqual(1);
    const { resources } = await service.repositories.activity['container'].items
      .query({
        query: 'SELECT VALUE COUNT(1) FROM c WHERE c.tenantId = @t AND c.personId = @p',
        parameters: [
          { name: '@t', value: DEMO_TENANT_ID },
          { name: '@p', value: DEMO_AMBASSADOR_ID },
        ],
      })
      .fetchAll();
    expect(resources[0]).toBe(0);
  });
});
