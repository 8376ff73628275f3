import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID, DEMO_TENANT_ID } from '../../demo/demo-data';
import { targetedLibraryPage } from '../../library/targeted-library';
import { fromPerson, startBotUnderTest, testDeepLink } from '../../../../tests/support/bot-under-test';
import type { BotUnderTest } from '../../../../tests/support/bot-under-test';
import type { AdaptiveCard } from '../../chat/cards/adaptive-card';
import { messageTables } from '../../chat/messages';
import { itemPage } from '../../chat/tab-deep-link';

let bot: BotUnderTest;
// Starting the store and seeding the demo organisation takes a few seconds on a busy machine.
beforeAll(async () => {
  bot = await startBotUnderTest();
}, 30_000);
afterAll(() => bot.dispose());

interface SearchAttachment {
  contentType: string;
  content: AdaptiveCard;
  preview: { contentType: string; content: { title: string; text: string } };
}
interface ComposeExtensionResponse {
  composeExtension: {
    type: string;
    attachmentLayout?: string;
    attachments?: SearchAttachment[];
    text?: string;
  };
}

/** What Teams sends when a person types in the message extension's search box (or opens it: `initialRun`). */
async function search(
  personId: string,
  parameters: { name: string; value: string }[],
  queryOptions = { skip: 0, count: 25 },
  locale = 'en-US',
) {
  const replies = await bot.repliesTo({
    ...fromPerson(personId),
    type: 'invoke',
    name: 'composeExtension/query',
    locale,
    value: { commandId: 'searchLibrary', parameters, queryOptions },
  } as Partial<Activity>);
  const response = replies.find((reply) => reply.type === 'invokeResponse');
  expect(response?.value).toMatchObject({ status: 200 });
  return (response!.value as { body: ComposeExtensionResponse }).body.composeExtension;
}

const ambassador = async () => (await bot.repositories.people.get(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID))!;

describe('library search from the compose box', () => {
  it('opens on the newest items the person may share, each as a preview and an item card', async () => {
    const newest = await targetedLibraryPage(bot.repositories, await ambassador(), { limit: 25 }, new Date());
    expect(newest.items.length).toBeGreaterThan(1);

    const result = await search(DEMO_AMBASSADOR_ID, [{ name: 'initialRun', value: 'true' }]);

    expect(result).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    expect(result.attachments?.map((attachment) => attachment.preview.content.title)).toEqual(
      newest.items.map((item) => item.title.en),
    );
    const [first] = result.attachments!;
    const [firstItem] = newest.items;
    expect(first!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(first!.preview.contentType).toBe('application/vnd.microsoft.card.thumbnail');
    expect(first!.content.body).toContainEqual(expect.objectContaining({ text: firstItem!.title.en }));
    expect(first!.content.body).toContainEqual({
      type: 'ActionSet',
      actions: [
        {
          type: 'Action.OpenUrl',
          title: messageTables.en.openItem,
          url: testDeepLink(itemPage(firstItem!.id)),
        },
      ],
    });
  });

  it('finds items by a word of their title, accents and case aside, in the searcher’s language', async () => {
    const [target] = (
      await targetedLibraryPage(bot.repositories, await ambassador(), { limit: 1 }, new Date())
    ).items;
    const word = target!.title.fr.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;

    const result = await search(
      DEMO_AMBASSADOR_ID,
      [{ name: 'query', value: word.toUpperCase() }],
      undefined,
      'fr-FR',
    );

    expect(result.attachments?.map((attachment) => attachment.preview.content.title)).toContain(
      target!.title.fr,
    );
    expect(result.attachments!.length).toBeLessThan(
      (await targetedLibraryPage(bot.repositories, await ambassador(), { limit: 50 }, new Date())).items
        .length,
    );
  });

  it('pages with Teams’ skip and count', async () => {
    const all = await search(DEMO_AMBASSADOR_ID, [{ name: 'query', value: '' }]);
    const second = await search(DEMO_AMBASSADOR_ID, [{ name: 'query', value: '' }], { skip: 1, count: 1 });

    expect(second.attachments?.map((attachment) => attachment.preview.content.title)).toEqual(
      all.attachments!.slice(1, 2).map((attachment) => attachment.preview.content.title),
    );
  });

  it('finds nothing for a word in no item', async () => {
    const result = await search(DEMO_AMBASSADOR_ID, [{ name: 'query', value: 'zzzqqq' }]);

    expect(result).toEqual({ type: 'result', attachmentLayout: 'list', attachments: [] });
  });

  it('tells someone the programme does not know how to join', async () => {
    const result = await search('unknown-person', [{ name: 'query', value: 'usine' }], undefined, 'fr-FR');

    expect(result).toEqual({ type: 'message', text: messageTables.fr.ambassadorsOnly });
  });
});
