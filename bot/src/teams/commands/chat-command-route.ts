import { ActivityTypes } from 'botbuilder';
import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { BotDependencies } from '../bot-dependencies';
import { findSender } from '../bot-person';
import { buildJoinCard } from '../../chat/cards/join-card';
import { messagesFor } from '../../chat/messages';
import { sendCard } from '../send-card';
import { turnLocale } from '../turn-locale';
import type { ChatCommand } from './chat-command';
import { matchCommand } from './match-command';
import type { CommandMatch } from './match-command';

/** What a chat command's card button sends: its name, and whatever choice it carries (see `commandButton`). */
const commandButtonSchema = z.looseObject({ command: z.string().max(50) });

/**
 * Typed messages and the chat commands' card buttons (`Action.Submit` data `{ command }`). Other submits
 * (with no `command`) are left to the routes that own them.
 */
export function registerChatCommands(
  app: Application,
  deps: BotDependencies,
  commands: readonly ChatCommand[],
): void {
  app.activity(isChatMessage, async (context) => {
    const { activity } = context;
    const button = commandButtonSchema.safeParse(activity.value);
    const value: Record<string, unknown> = button.success ? button.data : {};
    const match = button.success
      ? commandNamed(commands, button.data.command)
      : matchCommand(commands, activity.text);
    const person = await findSender(deps.repositories.people, activity);
    const locale = turnLocale(activity, person, match?.hint);
    const messages = messagesFor(locale);
    if (!match) {
      await context.sendActivity(messages.notUnderstood);
      return;
    }
    const turn = { context, locale, messages, value, deps, commands, now: new Date() };
    const { command } = match;
    if (command.audience === 'anyone') {
      await command.run(turn);
    } else if (person?.enrolment.status === 'ambassador') {
      await command.run({ ...turn, person });
    } else {
      await sendCard(context, buildJoinCard(locale, deps.tabDeepLink('charter')));
    }
  });
}

async function isChatMessage(context: TurnContext): Promise<boolean> {
  const { type, value } = context.activity;
  return (
    type === ActivityTypes.Message && (value === undefined || commandButtonSchema.safeParse(value).success)
  );
}

function commandNamed(commands: readonly ChatCommand[], name: string): CommandMatch | undefined {
  const command = commands.find((candidate) => candidate.name === name);
  return command && { command };
}
