import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADMIN_ID, DEMO_AMBASSADOR_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import type { LibraryItemSummary } from '../../bot/src/contract/library';
import { apiAs } from '../support/api-client';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

let service: TestService;
let ambassador: Awaited<ReturnType<typeof apiAs>>;
beforeAll(async () => {
  service = await startTestService();
  ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
});
afterAll(() => service.dispose());

const ids = (items: LibraryItemSummary[]) => items.map((item) => item.id);

async function everything(query = ''): Promise<LibraryItemSummary[]> {
  const items: LibraryItemSummary[] = [];
  let continuationToken: string | undefined;
  for (let page = 0; page < 20; page++) {
    const params = new URLSearchParams(query);
    params.set('limit', '7');
    if (continuationToken) params.set('continuationToken', continuationToken);
    const { status, body } = await ambassador.get(`/api/v1/library?${params}`);
    expect(status).toBe(200);
    items.push(...body.items);
    continuationToken = body.continuationToken;
    if (!continuationToken) break;
  }
  return items;
}

describe('the library', () => {
  it('lists every item of the campaigns targeting the person, newest first, across pages, without the expired one', async () => {
    const items = await everything();
    expect(items).toHaveLength(19);
    expect(ids(items)).not.toContain('item-03');
    const dates = items.map((item) => item.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(ids(items)).size).toBe(19);
  });

  it('shows someone only the campaigns whose audience includes them', async () => {
    // The administrator is in the digital team and the energy brand: only the Recharge Soleil campaign.
    const admin = await apiAs(service, DEMO_ADMIN_ID);
    const { body } = await admin.get('/api/v1/library?limit=50');
    expect(new Set(body.items.map((item: LibraryItemSummary) => item.campaign.id))).toEqual(
      new Set(['campaign-recharge-soleil']),
    );
    expect((await admin.get('/api/v1/library/item-01')).status).toBe(404);
  });

  it('searches words regardless of accents and case', async () => {
    const items = await everything('q=ENERGIES');
    expect(ids(items)).toContain('item-19');
    expect(items.every((item) => item.campaign.id === 'campaign-recharge-soleil')).toBe(true);
  });

  it('filters by network, campaign and brand', async () => {
    const instagram = await everything('network=instagram');
    expect(ids(instagram).sort()).toEqual(['item-02', 'item-04', 'item-08', 'item-13', 'item-16', 'item-20']);
    const energy = await everything('brandId=brand-energy');
    expect(energy).toHaveLength(8);
    const douai = await everything('campaignId=campaign-douai-recrute');
    expect(douai).toHaveLength(11);
  });

  it('refuses an unknown network filter, naming the field', async () => {
    const { status, body } = await ambassador.get('/api/v1/library?network=myspace');
    expect(status).toBe(400);
    expect(body.errors[0].field).toBe('query.network');
  });

  it('opens an item with its texts per network and language, each with the guardrails that apply', async () => {
    const { status, body } = await ambassador.get('/api/v1/library/item-01');
    expect(status).toBe(200);
    expect(body.url).toBe('https://www.aurore-demo.example/carrieres/douai-200-postes');
    const x = body.texts.find(
      (text: { network: string; language: string }) => text.network === 'x' && text.language === 'fr',
    );
    expect(x.guardrails).toMatchObject({ maxLength: 280, disclosure: '#collaborateur' });
    expect(body.sharedOn).toEqual([]);
  });

  it('an expired item, or one withdrawn, is gone at once', async () => {
    expect((await ambassador.get('/api/v1/library/item-03')).status).toBe(404);
    await service.repositories.content.update(DEMO_TENANT_ID, 'item-05', (item) => ({
      ...item,
      status: 'withdrawn',
    }));
    expect((await ambassador.get('/api/v1/library/item-05')).status).toBe(404);
    expect(ids(await everything())).not.toContain('item-05');
  });
});
