import type { MessagingExtensionResult } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { BotDependencies } from '../../chat/bot-dependencies';
import { itemPage } from '../../chat/tab-deep-link';
import { linkedLibraryItem } from '../../library/linked-item';
import { findSender } from '../bot-person';
import { turnLocale } from '../turn-locale';
import { libraryItemAttachment } from './library-item-attachment';

/** A result without a card: Teams leaves the pasted link as it is. */
const NO_CARD: MessagingExtensionResult = { type: 'result', attachmentLayout: 'list', attachments: [] };

/**
 * Teams keeps an unfurl for 30 minutes unless told not to: a withdrawn item must stop showing at once, and a card
 * built for one person's audience must not be served to another.
 */
const NOT_CACHED = { actions: [{ type: 'setCachePolicy', title: '', value: '{"type":"no-cache"}' }] };

/** Unfurled links render Adaptive Cards up to version 1.3; the item card uses nothing newer. */
const UNFURL_CARD_VERSION = '1.3';

/**
 * A link to the service pasted in a chat or channel (Teams asks for the domains of the manifest's
 * `messageHandlers`) becomes its library item's card, with a button to the item in the tab: an item's page in the
 * tab, or a tracked link, which unfurls without counting a click. Everyone in the conversation sees the card, so
 * it is built only for an item the person pasting may see themselves, by the library's own rule: a link never
 * shows content meant for others, and someone the programme does not know gets no card.
 */
export function registerLinkUnfurl(app: Application, deps: BotDependencies): void {
  app.messageExtensions.queryLink(async (context, _state, url): Promise<MessagingExtensionResult> => {
    const person = await findSender(deps.repositories.people, context.activity);
    if (!person || typeof url !== 'string') return NO_CARD;
    const item = await linkedLibraryItem(
      deps.repositories,
      person,
      { url, publicUrl: deps.publicUrl },
      new Date(),
    );
    if (!item) return NO_CARD;
    const attachment = libraryItemAttachment(
      turnLocale(context.activity, person),
      item,
      deps.tabDeepLink(itemPage(item.id)),
    );
    return {
      type: 'result',
      attachmentLayout: 'list',
      attachments: [
        { ...attachment, content: { ...(attachment.content as object), version: UNFURL_CARD_VERSION } },
      ],
      suggestedActions: NOT_CACHED,
    };
  });
}
