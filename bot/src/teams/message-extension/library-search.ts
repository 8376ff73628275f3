import type { MessagingExtensionResult } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { libraryQuerySchema } from '@contract/library';
import { targetedLibraryPage } from '../../library/targeted-library';
import type { BotDependencies } from '../../chat/bot-dependencies';
import { findSender } from '../bot-person';
import { messagesFor } from '../../chat/messages';
import { itemPage } from '../../chat/tab-deep-link';
import { turnLocale } from '../turn-locale';
import { libraryItemAttachment } from './library-item-attachment';

/** The search command's id in the app manifest (`composeExtensions[0].commands`). */
export const SEARCH_LIBRARY_COMMAND = 'searchLibrary';
/** The library answers at most this many items at once; Teams asks for 25 by default. */
const MAX_RESULTS = 50;

/**
 * Search the library from the compose box, as the person searching sees it (their campaigns only, published,
 * unexpired), newest first; with no words (Teams' initial run) the newest items. Each result is a preview for
 * the list and an item card to insert into the chat or channel, with a button to the item in the tab.
 */
export function registerLibrarySearch(app: Application, deps: BotDependencies): void {
  app.messageExtensions.query(
    SEARCH_LIBRARY_COMMAND,
    async (context, _state, query): Promise<MessagingExtensionResult> => {
      const person = await findSender(deps.repositories.people, context.activity);
      const locale = turnLocale(context.activity, person);
      if (!person) return { type: 'message', text: messagesFor(locale).ambassadorsOnly };
      const words = libraryQuerySchema.shape.q.safeParse(query.parameters['query']);
      const { items } = await targetedLibraryPage(
        deps.repositories,
        person,
        {
          limit: Math.min(query.skip + query.count, MAX_RESULTS),
          ...(words.success && words.data ? { q: words.data } : {}),
        },
        new Date(),
      );
      return {
        type: 'result',
        attachmentLayout: 'list',
        attachments: items
          .slice(query.skip)
          .map((item) => libraryItemAttachment(locale, item, deps.tabDeepLink(itemPage(item.id)))),
      };
    },
  );
}
