import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { toLocale } from '@contract/locale';
import type { EventCardActions } from '../events/event-card-actions';
import { eventCardVerbs } from '../chat/cards/event-card';
import { eventMessagesFor } from '../chat/event-messages';

/**
 * Routes the `Action.Execute` presses of event cards (register, cancel) to the event service; the card the
 * person sees is replaced by the one it answers with.
 */
export function routeEventCards(app: Application, actions: EventCardActions): void {
  for (const verb of Object.values(eventCardVerbs)) {
    app.adaptiveCards.actionExecute(verb, async (context: TurnContext, _state, data) => {
      const { activity } = context;
      const locale = toLocale(activity.locale);
      const tenantId = activity.conversation.tenantId ?? tenantOfChannel(activity.channelData);
      const personId = activity.from.aadObjectId;
      // Without an Entra identity (e.g. a test client), nobody can be registered.
      if (!tenantId || !personId) return eventMessagesFor(locale).notInvited;
      return actions(verb, { tenantId, personId, locale }, data);
    });
  }
}

function tenantOfChannel(channelData: unknown): string | undefined {
  const tenant = (channelData as { tenant?: { id?: unknown } } | undefined)?.tenant;
  return typeof tenant?.id === 'string' ? tenant.id : undefined;
}
