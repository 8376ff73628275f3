import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryList } from '../../bot/src/contract/library';
import {
  DEMO_AMBASSADOR_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_TENANT_ID,
  demoPersonId,
} from '../../bot/src/demo/demo-data';
import { enqueueMessage } from '../../bot/src/delivery/enqueue-message';
import { messageTables } from '../../bot/src/chat/messages';
import { apiAs } from '../support/api-client';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

const { en, fr } = messageTables;
let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.dispose());

interface Card {
  body: { type: string; text?: string; facts?: { title: string; value: string }[] }[];
}
interface Reply {
  type: string;
  text?: string;
  attachments?: { contentType: string; content: Card }[];
  value?: { status: number; body: { composeExtension: ComposeExtensionResult } };
}
interface ComposeExtensionResult {
  type: string;
  attachments?: { content: Card; preview: { content: { title: string } } }[];
}

/** An activity of a demo person's personal chat as Teams sends it, asking for the replies in the response body. */
function activity(personId: string, fields: Record<string, unknown>) {
  return {
    channelId: 'msteams',
    // Never reached with expectReplies; a local address so that nothing would leave the machine anyway.
    serviceUrl: 'http://127.0.0.1:9/unused',
    deliveryMode: 'expectReplies',
    from: { id: `29:${personId}`, aadObjectId: personId, name: 'Demo person' },
    recipient: { id: '28:ambassade-bot', name: 'Ambassade' },
    conversation: { id: `a:chat-${personId}`, conversationType: 'personal', tenantId: DEMO_TENANT_ID },
    channelData: { tenant: { id: DEMO_TENANT_ID } },
    id: crypto.randomUUID(),
    timestamp: new Date().toISOString(),
    ...fields,
  };
}

async function post(body: object): Promise<Reply[]> {
  const response = await fetch(`${service.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { activities: Reply[] }).activities;
}

const say = (personId: string, text: string, locale: string) =>
  post(activity(personId, { type: 'message', text, locale }));

/** The title of the one card replied, or the one text. */
async function answerTo(personId: string, text: string, locale: string): Promise<string | undefined> {
  const replies = await say(personId, text, locale);
  expect(replies).toHaveLength(1);
  const [reply] = replies;
  return (
    reply!.attachments?.[0]?.content.body.find((element) => element.type === 'TextBlock')?.text ?? reply!.text
  );
}

const conversationOf = (personId: string) => service.repositories.conversations.get(DEMO_TENANT_ID, personId);
const personOf = async (personId: string) =>
  (await service.repositories.people.get(DEMO_TENANT_ID, personId))!;

describe('installing and uninstalling the bot', () => {
  it('stores where to reach the person on install and forgets it on uninstall', async () => {
    const personId = demoPersonId(11);
    const [welcome] = await post(
      activity(personId, {
        type: 'conversationUpdate',
        locale: 'fr-FR',
        membersAdded: [{ id: '28:ambassade-bot' }, { id: `29:${personId}` }],
      }),
    );
    expect(welcome!.attachments![0]!.content.body[0]!.text).toBe(fr.welcomeTitle);
    expect(await conversationOf(personId)).toMatchObject({
      teamsUserId: `29:${personId}`,
      conversationId: `a:chat-${personId}`,
      serviceUrl: 'http://127.0.0.1:9/unused',
    });

    expect(await post(activity(personId, { type: 'installationUpdate', action: 'remove' }))).toEqual([]);

    expect(await conversationOf(personId)).toBeUndefined();
  });
});

describe('chat commands, typed in French or English', () => {
  it.each([
    ['help', 'en-US', en.helpTitle],
    ['aide', 'fr-FR', fr.helpTitle],
    ['latest', 'en-US', en.latestTitle],
    ['nouveautés', 'fr-FR', fr.latestTitle],
    ['my stats', 'en-US', en.statsTitle],
    ['Mes stats', 'fr-FR', fr.statsTitle],
    ['preferences', 'en-US', en.preferencesTitle],
    ['préférences', 'fr-FR', fr.preferencesTitle],
    ['what is this?', 'en-US', en.notUnderstood],
    ['bonjour', 'fr-FR', fr.notUnderstood],
  ])('%j (%s) is answered', async (text, locale, expected) => {
    expect(await answerTo(DEMO_AMBASSADOR_ID, text, locale)).toBe(expected);
  });

  it('tells someone who has not joined how to, in their language', async () => {
    expect(await answerTo(DEMO_EMPLOYEE_ID, 'mes stats', 'fr-FR')).toBe(fr.ambassadorsOnly);
    expect(await answerTo(DEMO_EMPLOYEE_ID, 'stop', 'en-US')).toBe(en.ambassadorsOnly);
  });

  it('answers card buttons like typed words', async () => {
    const replies = await post(
      activity(DEMO_AMBASSADOR_ID, { type: 'message', value: { command: 'latest' }, locale: 'fr-FR' }),
    );

    expect(replies[0]!.attachments![0]!.content.body[0]!.text).toBe(fr.latestTitle);
  });
});

describe('stop and resume', () => {
  const personId = demoPersonId(12);
  const nudge = async (messageId: string) =>
    enqueueMessage(
      service.repositories,
      {
        tenantId: DEMO_TENANT_ID,
        messageId,
        kind: 'nudge',
        recipients: [await personOf(personId)],
        render: () => ({ text: 'New content for you' }),
      },
      new Date(),
    );

  it('"arrêter" stops nudges at once, "resume" brings them back, and the tab sees both', async () => {
    const me = await apiAs(service, personId);
    await post(activity(personId, { type: 'installationUpdate', action: 'add' }));

    expect(await answerTo(personId, 'arrêter', 'fr-FR')).toBe(fr.nudgesStopped);
    expect(await nudge('bot-chat-nudge-1')).toMatchObject({ queued: 0, optedOut: 1 });
    expect((await me.get('/api/v1/me/enrolment')).body).toMatchObject({ preferences: { nudges: 'never' } });

    expect(await answerTo(personId, 'resume', 'en-US')).toMatch(/^Nudges are on again/);
    expect((await me.get('/api/v1/me/enrolment')).body).toMatchObject({
      preferences: { nudges: 'daily-digest' },
    });
    expect(await nudge('bot-chat-nudge-2')).toMatchObject({ queued: 1, optedOut: 0 });
  });
});

describe('the message extension', () => {
  it('searches the library as the person: the same items as the tab shows them', async () => {
    const { body } = await (await apiAs(service, DEMO_AMBASSADOR_ID)).get('/api/v1/library?limit=25');
    const library = body as LibraryList;
    expect(library.items.length).toBeGreaterThan(0);

    const [response] = await post(
      activity(DEMO_AMBASSADOR_ID, {
        type: 'invoke',
        name: 'composeExtension/query',
        locale: 'en-US',
        value: {
          commandId: 'searchLibrary',
          parameters: [{ name: 'initialRun', value: 'true' }],
          queryOptions: { skip: 0, count: 25 },
        },
      }),
    );

    expect(response!.type).toBe('invokeResponse');
    expect(response!.value!.status).toBe(200);
    const result = response!.value!.body.composeExtension;
    expect(result.type).toBe('result');
    expect(result.attachments!.map((attachment) => attachment.preview.content.title)).toEqual(
      library.items.map((item) => item.title.en),
    );
  });
});
