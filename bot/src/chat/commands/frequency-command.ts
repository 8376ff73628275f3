import { nudgeFrequencySchema } from '@contract/enrolment';
import { preferencesOf, setNudgeFrequency } from '../../domain/nudge-preferences';
import { FREQUENCY_COMMAND, frequencyLabel } from '../cards/preferences-card';
import { fill } from '../messages';
import type { ChatCommand } from './chat-command';
import { showPreferences } from './preferences-command';
import { changeSender } from './change-sender';

/** The preferences card's frequency buttons: `{ command: 'frequency', frequency }`; nothing to type. */
export const frequencyCommand: ChatCommand = {
  name: FREQUENCY_COMMAND,
  words: { en: [], fr: [] },
  audience: 'ambassadors',
  async run(turn) {
    const chosen = nudgeFrequencySchema.safeParse(turn.value['frequency']);
    // A card from an older version, or a forged value: show the current preferences instead of guessing.
    if (!chosen.success) return showPreferences(turn);
    const saved = await changeSender(turn, (person) => setNudgeFrequency(person, chosen.data, turn.now));
    const label = frequencyLabel(turn.messages, preferencesOf(saved).nudges);
    await turn.reply(fill(turn.messages.frequencySaved, { frequency: label }));
  },
};
