import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryItemSummary } from '@contract/library';
import { DEMO_AMBASSADOR_ID, DEMO_TENANT_ID } from '../../demo/demo-data';
import type { PersonDoc } from '../../domain/documents';
import { newLinkCode } from '../../domain/tracked-links';
import { targetedLibraryPage } from '../../library/targeted-library';
import {
  fromPerson,
  startBotUnderTest,
  TEST_PUBLIC_URL,
  testDeepLink,
} from '../../../../tests/support/bot-under-test';
import type { BotUnderTest } from '../../../../tests/support/bot-under-test';
import type { AdaptiveCard } from '../../chat/cards/adaptive-card';
import { messageTables } from '../../chat/messages';
import { itemPage } from '../../chat/tab-deep-link';

let bot: BotUnderTest;
let ambassador: PersonDoc;
let item: LibraryItemSummary;
// Starting the store and seeding the demo organisation takes a few seconds on a busy machine.
beforeAll(async () => {
  bot = await startBotUnderTest();
  ambassador = (await bot.repositories.people.get(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID))!;
  item = (await targetedLibraryPage(bot.repositories, ambassador, { limit: 1 }, new Date())).items[0]!;
}, 30_000);
afterAll(() => bot.dispose());

interface UnfurlAttachment {
  contentType: string;
  content: AdaptiveCard;
  preview: { contentType: string; content: { title: string; text: string } };
}

/** What Teams sends when a person pastes a link on one of the manifest's `messageHandlers` domains. */
async function unfurl(url: unknown, personId = DEMO_AMBASSADOR_ID, locale = 'en-US') {
  const replies = await bot.repliesTo({
    ...fromPerson(personId),
    // Pasted in a channel: everyone there sees the card.
    conversation: {
      id: '19:team-channel',
      conversationType: 'channel',
      tenantId: DEMO_TENANT_ID,
      isGroup: true,
      name: '',
    },
    type: 'invoke',
    name: 'composeExtension/queryLink',
    locale,
    value: { url },
  } as Partial<Activity>);
  const response = replies.find((reply) => reply.type === 'invokeResponse');
  expect(response?.value).toMatchObject({ status: 200 });
  return (
    response!.value as {
      body: {
        composeExtension: {
          type: string;
          attachmentLayout: string;
          attachments: UnfurlAttachment[];
          suggestedActions?: unknown;
        };
      };
    }
  ).body.composeExtension;
}

const noCard = { type: 'result', attachmentLayout: 'list', attachments: [] };

/** A tracked link as sharing makes it: a share of the item by the ambassador, and its link. */
async function trackedLink(
  itemId: string,
  link: { tenantId?: string; withdrawnAt?: string } = {},
): Promise<string> {
  const code = newLinkCode();
  const share = await bot.repositories.shares.upsert({
    id: `share-${code}`,
    tenantId: DEMO_TENANT_ID,
    personId: DEMO_AMBASSADOR_ID,
    itemId,
    itemTitle: item.title,
    campaignId: item.campaign.id,
    brandId: item.brandId,
    network: 'linkedin',
    code,
    audienceSize: 100,
    firstSharedAt: new Date().toISOString(),
    confirmations: [],
    clicks: 0,
    clicksByDay: {},
  });
  await bot.repositories.links.create({
    id: code,
    type: 'link',
    code,
    tenantId: DEMO_TENANT_ID,
    shareId: share.id,
    personId: DEMO_AMBASSADOR_ID,
    destination: 'https://www.aurore-demo.example/',
    createdAt: new Date().toISOString(),
    ...link,
  });
  return `${TEST_PUBLIC_URL}/r/${code}`;
}

describe('link unfurling', () => {
  it('turns a library item’s page into its card, with a button to the item in the tab', async () => {
    const result = await unfurl(`${TEST_PUBLIC_URL}/library/${item.id}`);

    expect(result).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    expect(result.attachments).toHaveLength(1);
    const [attachment] = result.attachments;
    expect(attachment!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    // Teams renders unfurls up to Adaptive Cards 1.3, and must ask again each time (a withdrawal shows at once).
    expect(attachment!.content.version).toBe('1.3');
    expect(result.suggestedActions).toEqual({
      actions: [{ type: 'setCachePolicy', title: '', value: '{"type":"no-cache"}' }],
    });
    expect(attachment!.content.body).toContainEqual(expect.objectContaining({ text: item.title.en }));
    expect(attachment!.content.body).toContainEqual({
      type: 'ActionSet',
      actions: [
        { type: 'Action.OpenUrl', title: messageTables.en.openItem, url: testDeepLink(itemPage(item.id)) },
      ],
    });
    // Teams shows the thumbnail until the card is expanded.
    expect(attachment!.preview).toMatchObject({
      contentType: 'application/vnd.microsoft.card.thumbnail',
      content: { title: item.title.en },
    });
  });

  it('speaks the language of the person pasting', async () => {
    const [attachment] = (await unfurl(`${TEST_PUBLIC_URL}/library/${item.id}`, DEMO_AMBASSADOR_ID, 'fr-FR'))
      .attachments;

    expect(attachment!.content.body).toContainEqual(expect.objectContaining({ text: item.title.fr }));
    expect(attachment!.content.body).toContainEqual(
      expect.objectContaining({
        actions: [expect.objectContaining({ title: messageTables.fr.openItem })],
      }),
    );
  });

  it('reads an item page’s address as the tab writes it, with a trailing slash or a query', async () => {
    for (const url of [
      `${TEST_PUBLIC_URL}/library/${item.id}/`,
      `${TEST_PUBLIC_URL}/library/${encodeURIComponent(item.id)}?host=teams#top`,
    ]) {
      expect((await unfurl(url)).attachments.map((attachment) => attachment.preview.content.title)).toEqual([
        item.title.en,
      ]);
    }
  });

  it('turns a tracked link into its item’s card', async () => {
    const result = await unfurl(await trackedLink(item.id));

    expect(result.attachments).toHaveLength(1);
    expect(result.attachments[0]!.content.body).toContainEqual(
      expect.objectContaining({ text: item.title.en }),
    );
  });

  it('gives no card for another site, another page of the service, or what is no address', async () => {
    for (const url of [
      `https://elsewhere.example/library/${item.id}`,
      `${TEST_PUBLIC_URL.replace('https:', 'http:')}/library/${item.id}`,
      `${TEST_PUBLIC_URL}/library`,
      `${TEST_PUBLIC_URL}/library/${item.id}/edit`,
      `${TEST_PUBLIC_URL}/studio/content/${item.id}`,
      `${TEST_PUBLIC_URL}/library/%E0`,
      'not an address',
      42,
    ]) {
      expect(await unfurl(url)).toEqual(noCard);
    }
  });

  it('gives no card for an unknown item or link, a withdrawn link, or another organisation’s link', async () => {
    for (const url of [
      `${TEST_PUBLIC_URL}/library/no-such-item`,
      `${TEST_PUBLIC_URL}/r/${newLinkCode()}`,
      `${TEST_PUBLIC_URL}/r/not-a-code`,
      await trackedLink(item.id, { withdrawnAt: new Date().toISOString() }),
      await trackedLink(item.id, { tenantId: 'another-tenant' }),
    ]) {
      expect(await unfurl(url)).toEqual(noCard);
    }
  });

  it('gives no card for an item that is not published, even through a link made while it was', async () => {
    const withdrawn = { ...(await bot.repositories.content.get(DEMO_TENANT_ID, item.id))! };
    await bot.repositories.content.upsert({ ...withdrawn, id: 'withdrawn-item', status: 'withdrawn' });

    expect(await unfurl(`${TEST_PUBLIC_URL}/library/withdrawn-item`)).toEqual(noCard);
    expect(await unfurl(await trackedLink('withdrawn-item'))).toEqual(noCard);
  });

  it('shows nothing to someone the item is not meant for, nor to someone the programme does not know', async () => {
    const outsider = { ...ambassador, id: 'outsider', groupIds: [] };
    await bot.repositories.people.upsert(outsider);

    expect(await unfurl(`${TEST_PUBLIC_URL}/library/${item.id}`, outsider.id)).toEqual(noCard);
    expect(await unfurl(await trackedLink(item.id), outsider.id)).toEqual(noCard);
    expect(await unfurl(`${TEST_PUBLIC_URL}/library/${item.id}`, 'unknown-person')).toEqual(noCard);
  });
});
