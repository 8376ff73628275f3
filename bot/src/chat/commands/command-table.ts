import type { ChatCommand } from './chat-command';
import { frequencyCommand } from './frequency-command';
import { helpCommand } from './help-command';
import { latestCommand } from './latest-command';
import { leaderboardCommand } from './leaderboard-command';
import { preferencesCommand } from './preferences-command';
import { resumeCommand } from './resume-command';
import { statsCommand } from './stats-command';
import { stopCommand } from './stop-command';
import { writeCommand } from './write-command';

/**
 * Every chat command, in the order the help card lists them. A new command is one file in this folder and
 * one line here: its words, description and audience come with it.
 */
export const chatCommands: readonly ChatCommand[] = [
  helpCommand,
  latestCommand,
  writeCommand,
  statsCommand,
  leaderboardCommand,
  preferencesCommand,
  frequencyCommand,
  stopCommand,
  resumeCommand,
];
