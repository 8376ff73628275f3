import type { Activity } from 'botbuilder';
import type { ConversationDoc } from '../domain/documents';
import { tenantIdOf } from './bot-person';

/** Teams says "personal"; the Agents Playground may leave the type out. Team channels and group chats are not. */
export function isPersonalChat(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  return type === undefined || type === 'personal';
}

/**
 * Where the bot reaches the sender later, from an activity of their personal chat with it; undefined when
 * the activity lacks what a proactive message needs (their Entra object id, tenant, conversation, service URL).
 */
export function conversationReferenceOf(activity: Partial<Activity>, now: Date): ConversationDoc | undefined {
  const tenantId = tenantIdOf(activity);
  const id = activity.from?.aadObjectId;
  const teamsUserId = activity.from?.id;
  const conversationId = activity.conversation?.id;
  const { serviceUrl } = activity;
  if (!isPersonalChat(activity) || !tenantId || !id || !teamsUserId || !conversationId || !serviceUrl) {
    return undefined;
  }
  // A fresh document: reinstalling after blocking the bot makes the person reachable again.
  return { id, tenantId, teamsUserId, conversationId, serviceUrl, installedAt: now.toISOString() };
}
