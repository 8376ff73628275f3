import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.dispose());

interface CardAttachment {
  contentType: string;
  content: { body: { text?: string }[]; actions?: { url: string; title: string }[] };
}

/** An activity as Teams sends it, asking for the replies in the response body (`expectReplies`). */
function activity(fields: Record<string, unknown>) {
  return {
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    deliveryMode: 'expectReplies',
    from: { id: '29:ambassador', aadObjectId: '00000000-0000-4000-8000-000000000004', name: 'Ambassador' },
    recipient: { id: '28:ambassade-bot', name: 'Ambassade' },
    conversation: { id: 'a:personal-chat', conversationType: 'personal', tenantId: 'tenant' },
    id: crypto.randomUUID(),
    timestamp: new Date().toISOString(),
    ...fields,
  };
}

async function post(body: object) {
  const response = await fetch(`${service.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { activities: { text?: string; attachments?: CardAttachment[] }[] })
    .activities;
}

const cardTexts = (card: CardAttachment) => card.content.body.map((element) => element.text ?? '').join(' ');

describe('POST /api/messages', () => {
  it('welcomes a person who installs the bot, in French, with links to the tab', async () => {
    const replies = await post(
      activity({
        type: 'conversationUpdate',
        locale: 'fr-FR',
        membersAdded: [{ id: '28:ambassade-bot' }, { id: '29:ambassador' }],
      }),
    );
    expect(replies).toHaveLength(1);
    const card = replies[0]!.attachments![0]!;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardTexts(card)).toMatch(/ambassad/i);
    expect(card.content.actions!.map((action) => action.url)).toEqual([
      `http://localhost:${service.port}/library`,
      `http://localhost:${service.port}/charter`,
    ]);
  });

  it('answers "help" in English and "aide" in French', async () => {
    const [english] = await post(activity({ type: 'message', text: 'help', locale: 'en-US' }));
    const [french] = await post(activity({ type: 'message', text: 'aide', locale: 'fr-FR' }));
    expect(cardTexts(english!.attachments![0]!)).not.toEqual(cardTexts(french!.attachments![0]!));
    expect(cardTexts(french!.attachments![0]!)).toMatch(/^Ce que je sais faire/);
  });

  it.each([
    ['an empty object', {}, 'body.type'],
    [
      'no conversation',
      { ...activity({ type: 'message', text: 'help' }), conversation: undefined },
      'body.conversation',
    ],
    ['a service URL that is none', activity({ type: 'message', serviceUrl: 'not a url' }), 'body.serviceUrl'],
    ['text that is not text', activity({ type: 'message', text: 42 }), 'body.text'],
  ])(
    'answers an activity botbuilder could not run (%s) with a 400 problem naming it',
    async (_what, body, field) => {
      const response = await fetch(`${service.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const problem = (await response.json()) as { errors: { field: string }[] };
      expect(problem.errors.map((error) => error.field)).toContain(field);
    },
  );

  it('refuses a body that is not JSON without a 500', async () => {
    const response = await fetch(`${service.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type":',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
