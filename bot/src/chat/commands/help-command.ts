import { buildHelpCard } from '../cards/help-card';
import { inBothLanguages } from '../messages';
import type { ChatCommand } from './chat-command';

export const helpCommand: ChatCommand = {
  name: 'help',
  words: { en: ['help', '?', 'commands', 'menu'], fr: ['aide', 'commandes'] },
  description: inBothLanguages('helpDescription'),
  audience: 'anyone',
  async run({ reply, locale, commands }) {
    await reply(buildHelpCard(locale, commands));
  },
};
