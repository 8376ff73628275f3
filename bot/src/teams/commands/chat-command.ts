import type { TurnContext } from 'botbuilder';
import type { Locale } from '@contract/locale';
import type { PersonDoc } from '../../domain/documents';
import type { BotDependencies } from '../bot-dependencies';
import type { Messages } from '../../chat/messages';

/** One turn of a command: who asked, in which language, and what a card button sent with it. */
export interface CommandTurn {
  context: TurnContext;
  locale: Locale;
  messages: Messages;
  /** The data of the card button that ran the command (`{ command, ... }`); empty when typed. */
  value: Record<string, unknown>;
  deps: BotDependencies;
  /** Every command, for the help card. */
  commands: readonly ChatCommand[];
  now: Date;
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
}

export type ChatCommand = CommandDefinition &
  (
    | { audience: 'anyone'; run(turn: CommandTurn): Promise<void> }
    /** Non-ambassadors get a polite "join from the tab" instead. */
    | { audience: 'ambassadors'; run(turn: AmbassadorTurn): Promise<void> }
  );
