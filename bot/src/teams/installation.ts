import type { Activity, TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { BotDependencies } from '../chat/bot-dependencies';
import { findSender, tenantIdOf } from './bot-person';
import { buildWelcomeCard } from '../chat/cards/welcome-card';
import { conversationReferenceOf, isPersonalChat } from './conversation-reference';
import { reply } from './reply';
import { turnLocale } from './turn-locale';

/**
 * Install and uninstall in personal scope. Teams sends both `installationUpdate` and a `conversationUpdate`
 * (bot added or removed); the Agents Playground only the latter. Both store or remove the conversation
 * reference (idempotent); only `conversationUpdate` welcomes, so the person gets one welcome.
 */
export function registerInstallation(app: Application, deps: BotDependencies): void {
  app.activity('installationUpdate', async (context) => {
    // The manifest declares the bot for personal chats only; a team install concerns nobody's own chat.
    if (!isPersonalChat(context.activity)) return;
    const action = context.activity.action ?? '';
    if (action.startsWith('add')) await remember(context, deps);
    else if (action.startsWith('remove')) await forget(context, deps);
  });

  app.conversationUpdate('membersAdded', async (context) => {
    const { activity } = context;
    if (!isBotAmong(activity.membersAdded, activity) || !isPersonalChat(activity)) return;
    await remember(context, deps);
    const links = { library: deps.tabDeepLink('library'), charter: deps.tabDeepLink('charter') };
    const person = activity.locale ? undefined : await findSender(deps.repositories.people, activity);
    await reply(context, buildWelcomeCard(turnLocale(activity, person), links));
    deps.logger.info({ conversationId: activity.conversation.id }, 'bot installed, welcome sent');
  });

  app.conversationUpdate('membersRemoved', async (context) => {
    const { activity } = context;
    if (isBotAmong(activity.membersRemoved, activity) && isPersonalChat(activity))
      await forget(context, deps);
  });
}

function isBotAmong(members: Activity['membersAdded'] | undefined, activity: Activity): boolean {
  return members?.some((member) => member.id === activity.recipient.id) ?? false;
}

async function remember(context: TurnContext, deps: BotDependencies): Promise<void> {
  const reference = conversationReferenceOf(context.activity, new Date());
  if (!reference) {
    deps.logger.warn(
      { conversationId: context.activity.conversation?.id },
      'installed without a tenant, Entra object id or service URL: this person cannot be nudged',
    );
    return;
  }
  await deps.repositories.conversations.upsert(reference);
}

async function forget(context: TurnContext, deps: BotDependencies): Promise<void> {
  const { activity } = context;
  const tenantId = tenantIdOf(activity);
  const personId = activity.from?.aadObjectId;
  if (!tenantId || !personId || !isPersonalChat(activity)) return;
  await deps.repositories.conversations.delete(tenantId, personId);
  deps.logger.info(
    { conversationId: activity.conversation?.id },
    'bot uninstalled, conversation reference removed',
  );
}
