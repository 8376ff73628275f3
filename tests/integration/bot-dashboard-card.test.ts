import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryList } from '../../bot/src/contract/library';
import { DEMO_AMBASSADOR_ID } from '../../bot/src/demo/demo-data';
import { apiAs } from '../support/api-client';
import { invokeBot } from '../support/bot-invoke';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.dispose());

/** What Viva Connections sends the bot for the ambassador's dashboard card, with the answer in the response body. */
async function invoke(name: string, value: unknown = {}): Promise<Record<string, unknown>> {
  const answer = await invokeBot(service.url, {
    name: `cardExtension/${name}`,
    value,
    personId: DEMO_AMBASSADOR_ID,
  });
  expect(answer.status).toBe(200);
  return answer.body as Record<string, unknown>;
}

/** The elements and actions Adaptive Cards 1.5 defines that the quick view may use. */
const ELEMENTS = new Set(['TextBlock', 'Image', 'ActionSet']);
const ACTIONS = new Set(['Action.OpenUrl']);

/**
 * No maintained Adaptive Cards renderer or schema is installed (the `adaptivecards` package botbuilder pulls in is
 * 1.2.3, older than 1.5), so the quick view's card is checked structurally against the 1.5 schema's rules for
 * what it uses: declared version and schema, known element and action types, the required properties of each.
 */
function expectValidAdaptiveCard15(card: Record<string, unknown>): void {
  expect(card).toMatchObject({
    type: 'AdaptiveCard',
    version: '1.5',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  });
  const body = card.body as { type: string; text?: string; url?: string; actions?: unknown[] }[];
  const actions = [
    ...((card.actions as unknown[]) ?? []),
    ...body.flatMap((element) => element.actions ?? []),
  ];
  for (const element of body) {
    expect(ELEMENTS, element.type).toContain(element.type);
    if (element.type === 'TextBlock') expect(element.text).toEqual(expect.any(String));
    if (element.type === 'Image') expect(element.url).toMatch(/^https:\/\//);
    if (element.type === 'ActionSet') expect(element.actions?.length).toBeGreaterThan(0);
  }
  for (const action of actions as { type: string; title: string; url: string }[]) {
    expect(ACTIONS, action.type).toContain(action.type);
    expect(action.title).toEqual(expect.any(String));
    expect(() => new URL(action.url)).not.toThrow();
  }
}

describe('the Viva Connections dashboard card through POST /api/messages', () => {
  it('answers every card extension invoke: card view, quick view, action, property pane', async () => {
    const ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
    const [newest] = ((await ambassador.get('/api/v1/library?limit=1')).body as LibraryList).items;

    const card = await invoke('getCardView');
    expect(card).toMatchObject({
      cardViewParameters: {
        cardViewType: 'text',
        header: [
          {
            componentName: 'text',
            text: expect.stringMatching(/^\d+ to share this week · \d+ points earned$/),
          },
        ],
        body: [{ componentName: 'text', text: newest!.title.en }],
      },
    });

    const quickView = await invoke('getQuickView');
    expect(quickView).toMatchObject({ title: 'To share this week', data: {} });
    expectValidAdaptiveCard15(quickView.template as Record<string, unknown>);
    expect(JSON.stringify(quickView.template)).toContain(JSON.stringify(newest!.title.en));

    expect(await invoke('handleAction', { data: { type: 'Submit', data: {} } })).toEqual({
      responseType: 'Card',
      renderArguments: card,
    });
    expect(await invoke('getPropertyPaneConfiguration')).toMatchObject({
      currentPage: 0,
      pages: [{ groups: [{}] }],
    });
    expect(await invoke('setPropertyPaneConfiguration', { data: {}, properties: {} })).toEqual({
      responseType: 'Card',
      renderArguments: card,
    });
  });
});
