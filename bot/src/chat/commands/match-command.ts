import { foldText } from '@contract/text';
import { locales } from '@contract/locale';
import type { Locale } from '@contract/locale';
import type { ChatCommand } from './chat-command';

export interface CommandMatch {
  command: ChatCommand;
  /** The language of the word typed, when it belongs to one language only ("aide", not "stop"). */
  hint?: Locale;
}

/** Lower case, no accents, no leading slash, no closing full stop or exclamation, single spaces. */
function normalize(text: string): string {
  return foldText(text)
    .trim()
    .replace(/^\//, '')
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ');
}

/** The command a typed text asks for: the whole text must be one of its words, in either language. */
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
  return undefined;
}
