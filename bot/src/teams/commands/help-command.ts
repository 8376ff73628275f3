import { buildHelpCard } from '../../chat/cards/help-card';
import { inBothLanguages } from '../../chat/messages';
import { sendCard } from '../send-card';
import type { ChatCommand } from './chat-command';

export const helpCommand: ChatCommand = {
  name: 'help',
  words: { en: ['help', '?', 'commands', 'menu'], fr: ['aide', 'commandes'] },
  description: inBothLanguages('helpDescription'),
  audience: 'anyone',
  async run({ context, locale, commands }) {
    await sendCard(context, buildHelpCard(locale, commands));
  },
};
