import { ActivityTypes, CardFactory, Channels } from 'botbuilder';
import type { Activity, CloudAdapterBase, ConversationReference } from 'botbuilder';
import type { OutboxDoc } from '../domain/documents';
import type { ProactiveSender } from '../delivery/proactive-sender';

/**
 * Refused before sending: the stored address is not a service the bot may call (see `isAllowedServiceUrl`).
 * Shaped like the connector's own refusals, so the dispatcher gives the delivery up instead of retrying it.
 */
class ServiceUrlRefused extends Error {
  readonly statusCode = 403;
  readonly code = 'ServiceUrlNotAllowed';
}

/**
 * The thin Teams layer of delivery: the adapter's proactive `continueConversationAsync` with the stored
 * conversation reference. (Without a bot app id, botbuilder sends without a token: local runs and tests.)
 */
export function teamsSender(
  adapter: CloudAdapterBase,
  botAppId: string,
  mayCall: (serviceUrl: string) => boolean,
): ProactiveSender {
  return {
    async send(delivery) {
      if (!mayCall(delivery.address.serviceUrl)) {
        throw new ServiceUrlRefused('The conversation’s service URL is not a Bot Framework service.');
      }
      // Caught inside the turn: thrown out of it, the adapter's turn error handler would take the failure (and
      // answer the person) instead of the dispatcher.
      let failure: { error: unknown } | undefined;
      await adapter.continueConversationAsync(
        botAppId,
        conversationReference(delivery, botAppId),
        async (context) => {
          withoutSdkRetries(context.turnState.get(adapter.ConnectorClientKey));
          try {
            await context.sendActivity(outgoingActivity(delivery));
          } catch (error) {
            failure = { error };
          }
        },
      );
      if (failure) throw failure.error;
    },
  };
}

/**
 * botbuilder's HTTP pipeline retries 429 and 5xx by itself, per request. The dispatcher decides instead: it must
 * see every 429 to pause all sending, and count attempts. (The connector client is created for this one turn.)
 */
function withoutSdkRetries(connector: unknown): void {
  const client = connector as {
    client?: { pipeline?: { removePolicy(filter: { phase: string }): unknown } };
  };
  client.client?.pipeline?.removePolicy({ phase: 'Retry' });
}

function conversationReference(delivery: OutboxDoc, botAppId: string): Partial<ConversationReference> {
  const { address } = delivery;
  return {
    channelId: Channels.Msteams,
    serviceUrl: address.serviceUrl,
    conversation: {
      id: address.conversationId,
      tenantId: delivery.tenantId,
      conversationType: 'personal',
      isGroup: false,
      name: '',
    },
    user: { id: address.teamsUserId, name: '' },
    bot: { id: `28:${botAppId}`, name: '' },
  };
}

function outgoingActivity({ message }: OutboxDoc): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    ...(message.text ? { text: message.text } : {}),
    ...(message.card ? { attachments: [CardFactory.adaptiveCard(message.card)] } : {}),
    ...(message.summary ? { summary: message.summary } : {}),
  };
}
