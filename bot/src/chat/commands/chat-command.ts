import type { Locale } from '@contract/locale';
import type { PersonDoc } from '../../domain/documents';
import type { BotDependencies } from '../bot-dependencies';
import type { AdaptiveCard } from '../cards/adaptive-card';
import type { Messages } from '../messages';

/**
 * One turn of a command: who asked, in which language, what a card button sent with it, and how to answer.
 * The Teams adapter builds it from the SDK's turn, so commands stay the same whichever SDK carries them.
 */
export interface CommandTurn {
  locale: Locale;
  messages: Messages;
  /** The data of the card button that ran the command (`{ command, ... }`); empty when typed. */
  value: Record<string, unknown>;
  /** What was typed after the words of a command that takes a subject. */
  subject?: string;
  deps: BotDependencies;
  /** Every command, for the help card. */
  commands: readonly ChatCommand[];
  now: Date;
  /** Answers in the conversation the command came from. */
  reply(message: string | AdaptiveCard): Promise<void>;
}

export interface AmbassadorTurn extends CommandTurn {
  person: PersonDoc;
}

interface CommandDefinition {
  /** Also what a card button sends as `data.command`. */
  name: string;
  /** What a person may type, accents and letter case aside; the first word of each language is the one shown. */
  words: Readonly<Record<Locale, readonly string[]>>;
  /** Shown on the help card; commands without one are reached from card buttons only. */
  description?: Readonly<Record<Locale, string>>;
  /** Its words may be followed by a subject ("write me a post about Douai"), given to the turn. */
  takesSubject?: true;
}

export type ChatCommand = CommandDefinition &
  (
    | { audience: 'anyone'; run(turn: CommandTurn): Promise<void> }
    /** Non-ambassadors get a polite "join from the tab" instead. */
    | { audience: 'ambassadors'; run(turn: AmbassadorTurn): Promise<void> }
  );
