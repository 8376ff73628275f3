import type { Locale } from '@contract/locale';
import { messagesFor } from '../messages';
import { adaptiveCard, paragraph } from './adaptive-card';
import type { AdaptiveCard } from './adaptive-card';

/** The answer to an ambassadors-only command from someone who has not joined: how to join, no pressure. */
export function buildJoinCard(locale: Locale, charterUrl: string): AdaptiveCard {
  const m = messagesFor(locale);
  return adaptiveCard(
    [paragraph(m.ambassadorsOnly)],
    [{ type: 'Action.OpenUrl', title: m.joinFromTab, url: charterUrl }],
  );
}
