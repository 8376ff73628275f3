import type { Locale } from '@contract/locale';
import { messagesFor } from '../messages';
import { adaptiveCard, paragraph, title } from './adaptive-card';
import type { AdaptiveCard } from './adaptive-card';

export interface WelcomeCardLinks {
  library: string;
  charter: string;
}

export function buildWelcomeCard(locale: Locale, links: WelcomeCardLinks): AdaptiveCard {
  const m = messagesFor(locale);
  return adaptiveCard(
    [title(m.welcomeTitle), paragraph(m.welcomePurpose), paragraph(m.welcomeVoluntary)],
    [
      { type: 'Action.OpenUrl', title: m.openLibrary, url: links.library },
      { type: 'Action.OpenUrl', title: m.openCharter, url: links.charter },
    ],
  );
}
