import { nudgesAreOff, preferencesOf, resumeNudges } from '../../domain/nudge-preferences';
import { frequencyLabel } from '../cards/preferences-card';
import { fill, inBothLanguages } from '../messages';
import type { ChatCommand } from './chat-command';
import { changeSender } from './change-sender';

export const resumeCommand: ChatCommand = {
  name: 'resume',
  words: {
    en: ['resume', 'start', 'restart', 'subscribe'],
    fr: ['reprendre', 'reprise', 'démarrer', 'abonner'],
  },
  description: inBothLanguages('resumeDescription'),
  audience: 'ambassadors',
  async run(turn) {
    const { messages } = turn;
    if (!nudgesAreOff(turn.person)) {
      const frequency = frequencyLabel(messages, preferencesOf(turn.person).nudges);
      await turn.reply(fill(messages.nudgesAlreadyOn, { frequency }));
      return;
    }
    const saved = await changeSender(turn, (person) => resumeNudges(person, turn.now));
    const frequency = frequencyLabel(messages, preferencesOf(saved).nudges);
    await turn.reply(fill(messages.nudgesResumed, { frequency }));
  },
};
