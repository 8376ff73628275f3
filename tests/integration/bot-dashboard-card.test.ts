import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryList } from '../../bot/src/contract/library';
import { DEMO_AMBASSADOR_ID } from '../../bot/src/demo/demo-data';
import { adaptiveCardProblems } from '../support/adaptive-card-check';
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
    expect(quickView.template).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(adaptiveCardProblems(quickView.template as object)).toEqual([]);
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
