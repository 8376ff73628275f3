import type { Locale } from '@contract/locale';
import type { ChatCommand } from '../commands/chat-command';
import { messagesFor } from '../messages';
import { adaptiveCard, paragraph, title } from './adaptive-card';
import type { AdaptiveCard } from './adaptive-card';
import { commandButton } from './command-button';

const HELP_COMMAND = 'help';
/**
 * Buttons per row: hosts draw at most five actions in a set (Adaptive Cards' default host configuration), and three
 * still fit side by side in Teams on a phone.
 */
const BUTTONS_PER_ROW = 3;

/** Every command that has a description, with the word to type and a button for each (help itself aside). */
export function buildHelpCard(locale: Locale, commands: readonly ChatCommand[]): AdaptiveCard {
  const m = messagesFor(locale);
  const listed = commands.flatMap((command) => {
    const word = command.words[locale][0];
    return command.description && word ? [{ command, word, description: command.description[locale] }] : [];
  });
  const buttons = listed
    .filter(({ command }) => command.name !== HELP_COMMAND)
    .map(({ command, word }) => commandButton(capitalize(word), command.name));
  const rows = Array.from({ length: Math.ceil(buttons.length / BUTTONS_PER_ROW) }, (_, row) =>
    buttons.slice(row * BUTTONS_PER_ROW, (row + 1) * BUTTONS_PER_ROW),
  );
  return adaptiveCard([
    title(m.helpTitle),
    paragraph(m.helpIntro),
    {
      type: 'FactSet',
      facts: listed.map(({ word, description }) => ({ title: word, value: description })),
    },
    ...rows.map((actions) => ({ type: 'ActionSet' as const, actions })),
  ]);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
