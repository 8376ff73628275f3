import type { Locale } from '@contract/locale';
import { messagesFor } from '../messages';
import { adaptiveCard, paragraph, title } from './adaptive-card';
import type { AdaptiveCard } from './adaptive-card';

export function buildHelpCard(locale: Locale): AdaptiveCard {
  const m = messagesFor(locale);
  return adaptiveCard([
    title(m.helpTitle),
    paragraph(m.helpIntro),
    { type: 'FactSet', facts: [{ title: m.helpCommand, value: m.helpCommandDescription }] },
    { ...paragraph(m.helpComingSoon), isSubtle: true },
  ]);
}
