import { nudgesAreOff, stopNudges } from '../../domain/nudge-preferences';
import { inBothLanguages } from '../messages';
import type { ChatCommand } from './chat-command';
import { changeSender } from './change-sender';

/** Opting out takes effect at once: the profile is saved before the answer, and every later send checks it. */
export const stopCommand: ChatCommand = {
  name: 'stop',
  words: { en: ['stop', 'pause', 'unsubscribe'], fr: ['arrêter', 'arrête', 'stop', 'pause', 'désabonner'] },
  description: inBothLanguages('stopDescription'),
  audience: 'ambassadors',
  async run(turn) {
    if (nudgesAreOff(turn.person)) {
      await turn.reply(turn.messages.nudgesAlreadyStopped);
      return;
    }
    await changeSender(turn, (person) => stopNudges(person, turn.now));
    await turn.reply(turn.messages.nudgesStopped);
  },
};
