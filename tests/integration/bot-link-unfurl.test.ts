import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryList } from '../../bot/src/contract/library';
import type { ShareResult } from '../../bot/src/contract/share';
import { DEMO_AMBASSADOR_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import { itemPage, tabDeepLink } from '../../bot/src/chat/tab-deep-link';
import { apiAs } from '../support/api-client';
import { invokeBot } from '../support/bot-invoke';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

const TEAMS_APP_ID = '00000000-0000-4000-8000-0000000000aa';
const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

let service: TestService;
let ambassador: Awaited<ReturnType<typeof apiAs>>;
/** Where people reach the service (PUBLIC_URL unset: its local address). */
let publicUrl: string;
// With a Teams app id, the card's button is a Teams deep link, not the pasted address.
beforeAll(async () => {
  service = await startTestService({ env: { TEAMS_APP_ID } });
  ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
  publicUrl = `http://localhost:${service.port}`;
});
afterAll(() => service.dispose());

interface UnfurlResult {
  type: string;
  attachments: {
    contentType: string;
    content: {
      version: string;
      body: { type: string; text?: string; actions?: { type: string; url: string }[] }[];
    };
  }[];
}

/** What Teams sends when the ambassador pastes a link in a channel, asking for the answer in the response body. */
async function paste(url: string, locale = 'en-US'): Promise<UnfurlResult> {
  const answer = await invokeBot(service.url, {
    name: 'composeExtension/queryLink',
    value: { url },
    personId: DEMO_AMBASSADOR_ID,
    locale,
    conversation: { id: '19:channel@thread.tacv2', conversationType: 'channel' },
  });
  expect(answer.status).toBe(200);
  return (answer.body as { composeExtension: UnfurlResult }).composeExtension;
}

/** The one card of an unfurl: an Adaptive Card 1.3 (the newest unfurls render) with the item's title and its button to the tab. */
function cardOf(result: UnfurlResult) {
  expect(result.type).toBe('result');
  expect(result.attachments).toHaveLength(1);
  const [{ contentType, content }] = result.attachments as [UnfurlResult['attachments'][number]];
  expect(contentType).toBe('application/vnd.microsoft.card.adaptive');
  expect(content.version).toBe('1.3');
  return {
    title: content.body.find((element) => element.type === 'TextBlock')?.text,
    buttons: content.body.flatMap((element) => element.actions ?? []),
  };
}

async function clicksOn(itemId: string, network: string): Promise<number> {
  await service.settleClicks();
  const shares = await service.repositories.shares.ofPersonAndItem(
    DEMO_TENANT_ID,
    DEMO_AMBASSADOR_ID,
    itemId,
  );
  return shares.find((share) => share.network === network)!.clicks;
}

describe('a link pasted in Teams', () => {
  it('unfurls a library item’s page into its card, with a button opening the item in the tab', async () => {
    const [item] = ((await ambassador.get('/api/v1/library?limit=1')).body as LibraryList).items;

    const card = cardOf(await paste(`${publicUrl}/library/${item!.id}`));

    expect(card.title).toBe(item!.title.en);
    const deepLink = tabDeepLink(itemPage(item!.id), { publicUrl, teamsAppId: TEAMS_APP_ID });
    expect(deepLink).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/entity\//);
    expect(card.buttons).toEqual([expect.objectContaining({ type: 'Action.OpenUrl', url: deepLink })]);
  });

  it('unfurls a tracked link into the same card, and the link’s clicks stay as they were', async () => {
    const [, item] = ((await ambassador.get('/api/v1/library?limit=2')).body as LibraryList).items;
    const shared = await ambassador.post(`/api/v1/library/${item!.id}/shares`, {
      network: 'x',
      language: 'en',
      text: 'Worth a read',
    });
    const { trackedUrl } = shared.body as ShareResult;
    expect(trackedUrl.startsWith(`${publicUrl}/r/`)).toBe(true);
    // One real click first, so that the count is seen moving when something counts.
    await fetch(trackedUrl, { redirect: 'manual', headers: { 'user-agent': BROWSER } });
    expect(await clicksOn(item!.id, 'x')).toBe(1);

    const card = cardOf(await paste(trackedUrl, 'fr-FR'));

    expect(card.title).toBe(item!.title.fr);
    expect(card).toEqual(cardOf(await paste(`${publicUrl}/library/${item!.id}`, 'fr-FR')));
    expect(await clicksOn(item!.id, 'x')).toBe(1);
  });

  it('leaves a link to another site as it is', async () => {
    expect(await paste('https://www.aurore-demo.example/carrieres/douai-200-postes')).toEqual({
      type: 'result',
      attachmentLayout: 'list',
      attachments: [],
    });
  });
});
