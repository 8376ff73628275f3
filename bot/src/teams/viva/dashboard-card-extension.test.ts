import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID, DEMO_TENANT_ID } from '../../demo/demo-data';
import { myPointsAndBadges } from '../../challenges/my-points';
import { shareableThisWeek } from '../../library/this-week';
import { fromPerson, startBotUnderTest, testDeepLink } from '../../../../tests/support/bot-under-test';
import type { BotUnderTest } from '../../../../tests/support/bot-under-test';
import { messageTables } from '../../chat/messages';
import { itemPage } from '../../chat/tab-deep-link';
import { DASHBOARD_CARD_ID, QUICK_VIEW_ID } from './card-extension-views';

let bot: BotUnderTest;
// Starting the store and seeding the demo organisation takes a few seconds on a busy machine.
beforeAll(async () => {
  bot = await startBotUnderTest();
}, 30_000);
afterAll(() => bot.dispose());

/** What Viva Connections sends the bot for the dashboard card, and the body of the bot's answer. */
async function invoke(name: string, personId: string, locale = 'en-US', value: unknown = {}) {
  const replies = await bot.repliesTo({
    ...fromPerson(personId),
    type: 'invoke',
    name: `cardExtension/${name}`,
    locale,
    value,
  } as Partial<Activity>);
  const response = replies.find((reply) => reply.type === 'invokeResponse');
  expect(response?.value).toMatchObject({ status: 200 });
  return (response!.value as { body: Record<string, unknown> }).body;
}

const ambassadorWeek = async () => {
  const ambassador = (await bot.repositories.people.get(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID))!;
  const items = await shareableThisWeek(bot.repositories, ambassador, new Date());
  const { points } = await myPointsAndBadges(bot.repositories, DEMO_TENANT_ID, DEMO_AMBASSADOR_ID);
  return { items, points };
};

describe('the Viva Connections dashboard card', () => {
  it('shows an ambassador this week’s count and points over the newest item, its button opening the quick view', async () => {
    const { items, points } = await ambassadorWeek();
    expect(items.length).toBeGreaterThan(1);

    const card = await invoke('getCardView', DEMO_AMBASSADOR_ID);

    const toQuickView = { type: 'QuickView', parameters: { view: QUICK_VIEW_ID } };
    expect(card).toMatchObject({
      aceData: { id: DASHBOARD_CARD_ID, cardSize: 'Medium' },
      cardViewParameters: {
        cardViewType: 'text',
        header: [
          { componentName: 'text', text: `${items.length} to share this week · ${points} points earned` },
        ],
        body: [{ componentName: 'text', text: items[0]!.title.en }],
        footer: [{ componentName: 'cardButton', title: 'See what to share', action: toQuickView }],
      },
      onCardSelection: toQuickView,
    });
  });

  it('lists the week’s items in the quick view, in French for a French speaker, each with a button to share it in the tab', async () => {
    const { items, points } = await ambassadorWeek();

    const quickView = (await invoke('getQuickView', DEMO_AMBASSADOR_ID, 'fr-FR')) as {
      viewId: string;
      title: string;
      template: { version: string; body: { type: string; text?: string; actions?: unknown[] }[] };
      externalLink: { target: string };
    };

    expect(quickView).toMatchObject({
      viewId: QUICK_VIEW_ID,
      title: 'À partager cette semaine',
      externalLink: { target: testDeepLink('library') },
    });
    expect(quickView.template.version).toBe('1.5');
    const texts = quickView.template.body.map((element) => element.text);
    expect(texts).toContain(`${items.length} à partager cette semaine · ${points} points gagnés`);
    for (const item of items) expect(texts).toContain(item.title.fr);
    expect(quickView.template.body.flatMap((element) => element.actions ?? [])).toEqual(
      items.map((item) => ({
        type: 'Action.OpenUrl',
        title: 'Partager',
        url: testDeepLink(itemPage(item.id)),
      })),
    );
  });

  it('invites someone the programme does not know to join, without points or items', async () => {
    const card = await invoke('getCardView', 'unknown-person');

    expect(card).toMatchObject({
      cardViewParameters: {
        header: [{ text: 'Join the advocacy programme' }],
        body: [{ text: messageTables.en.ambassadorsOnly }],
        footer: [
          {
            title: messageTables.en.joinFromTab,
            action: { type: 'ExternalLink', parameters: { target: testDeepLink('charter') } },
          },
        ],
      },
    });
  });

  it('answers an action and a saved property pane with the card, refreshed', async () => {
    const card = await invoke('getCardView', DEMO_AMBASSADOR_ID);

    for (const name of ['handleAction', 'setPropertyPaneConfiguration']) {
      expect(await invoke(name, DEMO_AMBASSADOR_ID, 'en-US', { data: { type: 'Submit', data: {} } })).toEqual(
        {
          responseType: 'Card',
          renderArguments: card,
        },
      );
    }
  });

  it('has a property pane that says there is nothing to set', async () => {
    const pane = await invoke('getPropertyPaneConfiguration', DEMO_AMBASSADOR_ID, 'fr-FR');

    expect(pane).toMatchObject({
      currentPage: 0,
      pages: [
        { groups: [{ groupFields: [{ properties: { text: messageTables.fr.dashboardPropertyPane } }] }] },
      ],
    });
  });
});
