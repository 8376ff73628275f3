import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID, DEMO_MANAGER_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import type { ShareResult } from '../../bot/src/contract/share';
import { CLICKS_PER_LINK_PER_DAY, VISITORS_PER_ADDRESS } from '../../bot/src/domain/tracked-links';
import { apiAs } from '../support/api-client';
import { visitFrom } from '../support/visit-from';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';
let service: TestService;
let ambassador: Awaited<ReturnType<typeof apiAs>>;
beforeAll(async () => {
  service = await startTestService();
  ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
});
afterAll(() => service.dispose());

async function share(itemId: string, network = 'x'): Promise<{ result: ShareResult; selfCookie: string }> {
  const response = await fetch(`${service.url}/api/v1/library/${itemId}/shares`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ambassador.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ network, language: 'en', text: 'Worth a read' }),
  });
  return {
    result: (await response.json()) as ShareResult,
    selfCookie: response.headers.get('set-cookie')!.split(';')[0]!,
  };
}

const follow = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { redirect: 'manual', headers: { 'user-agent': BROWSER, ...headers } });

async function clicksOn(itemId: string): Promise<number> {
  await service.settleClicks();
  const [share] = await service.repositories.shares.ofPersonAndItem(
    DEMO_TENANT_ID,
    DEMO_AMBASSADOR_ID,
    itemId,
  );
  return share!.clicks;
}

describe('tracked links', () => {
  it('redirect to the item with UTM parameters naming the network, the campaign and the item', async () => {
    const { result } = await share('item-01');
    const response = await follow(result.trackedUrl);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(location.origin + location.pathname).toBe(
      'https://www.aurore-demo.example/carrieres/douai-200-postes',
    );
    expect(Object.fromEntries(location.searchParams)).toEqual({
      utm_source: 'x',
      utm_medium: 'employee_advocacy',
      utm_campaign: 'douai-recrute',
      utm_content: 'item-01',
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('redirect with a trailing slash or a query too; pages they answer carry every page’s security headers', async () => {
    const { result } = await share('item-01');
    for (const url of [`${result.trackedUrl}/`, `${result.trackedUrl}?fbclid=abc`]) {
      const response = await follow(url);
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toMatch(/^https:\/\/www\.aurore-demo\.example\//);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
    const page = await fetch(`${service.url}/api/v1/client-config`);
    const unknown = await follow(`${service.url}/r/ZZZZZZZZZZZZ`);
    for (const header of [
      'content-security-policy',
      'x-content-type-options',
      'cross-origin-resource-policy',
    ]) {
      expect(unknown.headers.get(header)).toBe(page.headers.get(header));
      expect(unknown.headers.get(header)).not.toBeNull();
    }
    // Deeper paths and other methods are not links: the app's own 404.
    const deeper = await follow(`${result.trackedUrl}/more`);
    expect(deeper.status).toBe(404);
    expect(await deeper.json()).toMatchObject({ code: 'request.noSuchRoute' });
    expect((await fetch(result.trackedUrl, { method: 'POST', redirect: 'manual' })).status).toBe(404);
  });

  it('count a visitor once within 30 minutes, and another visitor again', async () => {
    const { result } = await share('item-02');
    await follow(result.trackedUrl);
    await follow(result.trackedUrl);
    expect(await clicksOn('item-02')).toBe(1);
    await follow(result.trackedUrl, { 'user-agent': `${BROWSER} Edg/130.0` });
    expect(await clicksOn('item-02')).toBe(2);
  });

  it('do not count link previews and crawlers, nor HEAD requests', async () => {
    const { result } = await share('item-04');
    for (const agent of [
      'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
      'Twitterbot/1.0',
      'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
      'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
      'Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com',
    ]) {
      expect((await follow(result.trackedUrl, { 'user-agent': agent })).status).toBe(302);
    }
    await fetch(result.trackedUrl, {
      method: 'HEAD',
      redirect: 'manual',
      headers: { 'user-agent': BROWSER },
    });
    expect(await clicksOn('item-04')).toBe(0);
  });

  it('do not count the ambassador’s own click from the browser they shared from', async () => {
    const { result, selfCookie } = await share('item-06');
    expect(selfCookie).toMatch(/^ambassade_self=/);
    await follow(result.trackedUrl, { cookie: selfCookie });
    expect(await clicksOn('item-06')).toBe(0);
  });

  it('answer an unknown or malformed code with a 404 problem, never a redirect', async () => {
    for (const code of ['ZZZZZZZZZZZZ', 'not-a-code', '..%2F..%2Fetc']) {
      const response = await follow(`${service.url}/r/${code}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('location')).toBeNull();
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await response.json()).toMatchObject({
        status: 404,
        code: 'link.notFound',
        detail: expect.stringContaining('This link'),
      });
    }
  });

  it('count many simultaneous visitors exactly', async () => {
    const { result } = await share('item-07');
    await Promise.all(
      Array.from({ length: 25 }, (_, index) =>
        visitFrom(`127.0.0.${index + 10}`, result.trackedUrl, { 'user-agent': BROWSER }),
      ),
    );
    expect(await clicksOn('item-07')).toBe(25);
  });

  it('count a few browsers from one address, not a script rotating its User-Agent', async () => {
    const { result } = await share('item-09');
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        visitFrom('127.0.0.5', result.trackedUrl, { 'user-agent': `${BROWSER} rotated/${index}` }),
      ),
    );
    // Every one of them is still sent on its way.
    expect(responses.every((response) => response.status === 302)).toBe(true);
    expect(await clicksOn('item-09')).toBe(VISITORS_PER_ADDRESS);
  });

  it('stop counting a link for the day past its daily cap', async () => {
    const { result } = await share('item-05', 'linkedin');
    const [shared] = await service.repositories.shares.ofPersonAndItem(
      DEMO_TENANT_ID,
      DEMO_AMBASSADOR_ID,
      'item-05',
    );
    const today = new Date().toISOString().slice(0, 10);
    await service.repositories.shares.update(DEMO_TENANT_ID, shared!.id, (current) => ({
      ...current,
      clicksByDay: { [today]: CLICKS_PER_LINK_PER_DAY },
    }));
    expect((await visitFrom('127.0.0.6', result.trackedUrl, { 'user-agent': BROWSER })).status).toBe(302);
    expect(await clicksOn('item-05')).toBe(0);
  });
});

describe('a tracked link of a withdrawn item', () => {
  it('tells the visitor, in their language, that the item was withdrawn, sends nobody to it and counts nothing', async () => {
    const { result } = await share('item-10');
    const manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
    expect((await manager.post('/api/v1/studio/content/item-10/withdrawal')).status).toBe(200);

    const inEnglish = await follow(result.trackedUrl, { 'accept-language': 'en-GB' });
    expect(inEnglish.status).toBe(410);
    expect(inEnglish.headers.get('location')).toBeNull();
    expect(inEnglish.headers.get('content-type')).toContain('text/html');
    expect(await inEnglish.text()).toContain('This content is no longer available');
    const inFrench = await follow(result.trackedUrl, { 'accept-language': 'fr-FR,fr;q=0.9' });
    expect(await inFrench.text()).toContain('Ce contenu n’est plus disponible');
    expect(await clicksOn('item-10')).toBe(0);
    // Asked again, the withdrawal changes nothing and still holds.
    expect((await manager.post('/api/v1/studio/content/item-10/withdrawal')).body.status).toBe('withdrawn');
    expect((await follow(result.trackedUrl)).status).toBe(410);
  });
});

describe('a click being counted when the service stops', () => {
  it('is written before the store closes', async () => {
    const { result } = await share('item-08');
    await follow(result.trackedUrl, { 'user-agent': `${BROWSER} last-visitor` });
    await service.stop();
    const restarted = await startTestService({ dataDir: service.dataDir });
    try {
      const [saved] = await restarted.repositories.shares.ofPersonAndItem(
        DEMO_TENANT_ID,
        DEMO_AMBASSADOR_ID,
        'item-08',
      );
      expect(saved!.clicks).toBe(1);
    } finally {
      await restarted.stop();
    }
  });
});
