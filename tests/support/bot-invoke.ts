import { DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';

export interface BotInvoke {
  name: string;
  value: unknown;
  personId: string;
  locale?: string;
  /** Where it is sent from: the person's chat with the bot unless given (a channel, for a pasted link). */
  conversation?: { id: string; conversationType: 'personal' | 'channel' | 'groupChat' };
}

/**
 * An invoke as Teams sends it to the bot through `POST /api/messages`, with the replies in the response body
 * (`expectReplies`): answers the invoke response the bot gave, or throws when it gave none.
 */
export async function invokeBot(
  serviceUrl: string,
  { name, value, personId, locale = 'en-US', conversation }: BotInvoke,
): Promise<{ status: number; body: unknown }> {
  const activities = await sendToBot(serviceUrl, personId, conversation, {
    type: 'invoke',
    name,
    value,
    locale,
  });
  const answer = activities.find((activity) => activity.type === 'invokeResponse')?.value as
    { status: number; body: unknown } | undefined;
  if (!answer) throw new Error(`The bot gave no invoke response: ${JSON.stringify(activities)}`);
  return answer;
}

/** What the bot replied to a message typed (or a card button pressed) in the person's chat with it. */
export async function messageBot(
  serviceUrl: string,
  {
    personId,
    text,
    value,
    locale = 'en-US',
  }: { personId: string; text?: string; value?: object; locale?: string },
): Promise<BotReply[]> {
  return sendToBot(serviceUrl, personId, undefined, {
    type: 'message',
    locale,
    ...(text === undefined ? {} : { text }),
    ...(value === undefined ? {} : { value }),
  });
}

export interface BotReply {
  type: string;
  text?: string;
  value?: unknown;
  attachments?: { contentType: string; content: unknown }[];
}

async function sendToBot(
  serviceUrl: string,
  personId: string,
  conversation: BotInvoke['conversation'],
  fields: Record<string, unknown>,
): Promise<BotReply[]> {
  const response = await fetch(`${serviceUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...fields,
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      deliveryMode: 'expectReplies',
      from: { id: `29:${personId}`, aadObjectId: personId, name: 'Demo person' },
      recipient: { id: '28:ambassade-bot', name: 'Ambassade' },
      conversation: {
        ...(conversation ?? { id: `a:${personId}`, conversationType: 'personal' }),
        tenantId: DEMO_TENANT_ID,
      },
      channelData: { tenant: { id: DEMO_TENANT_ID } },
      id: crypto.randomUUID(),
      timestamp: new Date().toISOString(),
    }),
  });
  if (response.status !== 200) throw new Error(`The bot answered ${response.status}`);
  return ((await response.json()) as { activities: BotReply[] }).activities;
}
