import { targetedLibraryPage } from '../../library/targeted-library';
import { buildLatestCard } from '../cards/latest-card';
import { inBothLanguages } from '../messages';
import { itemPage } from '../tab-deep-link';
import type { ChatCommand } from './chat-command';

/** A chat message stays readable with a handful of items; the library in the tab has the rest. */
const LATEST_ITEMS = 5;

export const latestCommand: ChatCommand = {
  name: 'latest',
  words: {
    en: ['latest', 'news', 'new', "what's new"],
    fr: ['nouveautés', 'nouveauté', 'dernier', 'derniers', 'dernières', 'quoi de neuf'],
  },
  description: inBothLanguages('latestDescription'),
  audience: 'ambassadors',
  async run({ reply, locale, person, deps, now }) {
    const { items } = await targetedLibraryPage(deps.repositories, person, { limit: LATEST_ITEMS }, now);
    await reply(
      buildLatestCard(locale, items, {
        library: deps.tabDeepLink('library'),
        item: (itemId) => deps.tabDeepLink(itemPage(itemId)),
      }),
    );
  },
};
