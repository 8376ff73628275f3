import type { AdaptiveCard } from '../../bot/src/chat/cards/adaptive-card';
import { DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';

/**
 * A press on an Adaptive Card's `Action.Execute` button, as Teams sends it to the bot: an `adaptiveCard/action`
 * invoke with the replies in the response body (`expectReplies`). Answers the card that replaces the person's copy.
 */
export async function pressCardAction(
  serviceUrl: string,
  personId: string,
  action: { verb: string; data: Record<string, string> },
): Promise<AdaptiveCard> {
  const response = await fetch(`${serviceUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'invoke',
      name: 'adaptiveCard/action',
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      deliveryMode: 'expectReplies',
      locale: 'en-US',
      from: { id: `29:${personId}`, aadObjectId: personId },
      recipient: { id: '28:ambassade-bot' },
      conversation: { id: `a:${personId}`, conversationType: 'personal', tenantId: DEMO_TENANT_ID },
      id: crypto.randomUUID(),
      timestamp: new Date().toISOString(),
      value: { action: { type: 'Action.Execute', ...action } },
    }),
  });
  if (response.status !== 200) throw new Error(`The bot answered ${response.status}`);
  const { activities } = (await response.json()) as { activities: { type: string; value?: unknown }[] };
  const invokeResponse = activities.find((activity) => activity.type === 'invokeResponse');
  const body = (invokeResponse?.value as { body?: { type: string; value: AdaptiveCard } } | undefined)?.body;
  if (body?.type !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`The bot did not answer with a card: ${JSON.stringify(activities)}`);
  }
  return body.value;
}
