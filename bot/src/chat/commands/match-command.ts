import { foldText } from '@contract/text';
import { locales } from '@contract/locale';
import type { Locale } from '@contract/locale';
import type { ChatCommand } from './chat-command';

export interface CommandMatch {
  command: ChatCommand;
  /** The language of the word typed, when it belongs to one language only ("aide", not "stop"). */
  hint?: Locale;
  /** What follows the words of a command that takes a subject ("write me a post about …"), as typed. */
  subject?: string;
}

/** Lower case, no accents, no leading slash, no closing full stop or exclamation, single spaces. */
function normalize(text: string): string {
  return foldText(text)
    .trim()
    .replace(/^\//, '')
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ');
}

/**
 * The command a typed text asks for: the whole text must be one of its words, in either language, or, for a
 * command that takes a subject, start with one of them.
 */
export function matchCommand(
  commands: readonly ChatCommand[],
  text: string | undefined,
): CommandMatch | undefined {
  if (!text) return undefined;
  const typed = normalize(text);
  for (const command of commands) {
    const languages = locales.filter((locale) =>
      command.words[locale].some((word) => normalize(word) === typed),
    );
    if (languages.length === 0) continue;
    return languages.length === 1 ? { command, hint: languages[0] } : { command };
  }
  for (const command of commands.filter((candidate) => candidate.takesSubject)) {
    for (const locale of locales) {
      const word = command.words[locale]
        .map(normalize)
        .find((candidate) => typed.startsWith(`${candidate} `));
      if (word === undefined) continue;
      // The subject as typed (accents and case kept): the text's words after the command's own.
      const subject = text
        .trim()
        .split(/\s+/)
        .slice(word.split(' ').length)
        .join(' ')
        .replace(/[.!?]+$/, '');
      return { command, hint: locale, subject };
    }
  }
  return undefined;
}
