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
  const response = await fetch(`${serviceUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'invoke',
      name,
      value,
      locale,
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
  const { activities } = (await response.json()) as { activities: { type: string; value?: unknown }[] };
  const answer = activities.find((activity) => activity.type === 'invokeResponse')?.value as
    { status: number; body: unknown } | undefined;
  if (!answer) throw new Error(`The bot gave no invoke response: ${JSON.stringify(activities)}`);
  return answer;
}
