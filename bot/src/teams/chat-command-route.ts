import { ActivityTypes } from 'botbuilder';
import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { BotDependencies } from '../chat/bot-dependencies';
import { findSender } from './bot-person';
import { buildJoinCard } from '../chat/cards/join-card';
import { messagesFor } from '../chat/messages';
import { reply } from './reply';
import { turnLocale } from './turn-locale';
import type { ChatCommand, CommandTurn } from '../chat/commands/chat-command';
import { matchCommand } from '../chat/commands/match-command';
import type { CommandMatch } from '../chat/commands/match-command';

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
    const turn: CommandTurn = {
      locale,
      messages,
      value,
      ...(match?.subject ? { subject: match.subject } : {}),
      deps,
      commands,
      now: new Date(),
      reply: (message) => reply(context, message),
    };
    if (!match) {
      await turn.reply(messages.notUnderstood);
      return;
    }
    const { command } = match;
    if (command.audience === 'anyone') {
      await command.run(turn);
    } else if (person?.enrolment.status === 'ambassador') {
      await command.run({ ...turn, person });
    } else {
      await turn.reply(buildJoinCard(locale, deps.tabDeepLink('charter')));
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
