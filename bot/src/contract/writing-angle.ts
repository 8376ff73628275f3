import type { Locale } from './locale';

/** The angles the writing help offers: what the person wants their post to say about the item. */
export const writingAngles = ['why-it-matters', 'what-i-did', 'invitation', 'question'] as const;
export type WritingAngle = (typeof writingAngles)[number];

/** How the tab and the chat name each angle. */
export const writingAngleLabels: Readonly<Record<WritingAngle, Readonly<Record<Locale, string>>>> = {
  'why-it-matters': { fr: 'Pourquoi cela compte pour moi', en: 'Why it matters to me' },
  'what-i-did': { fr: 'Ce que j’ai fait ou vu', en: 'What I did or saw' },
  invitation: { fr: 'Une invitation', en: 'An invitation' },
  question: { fr: 'Une question à mon réseau', en: 'A question to my network' },
};
