import type { Locale } from '@contract/locale';

const en = {
  welcomeTitle: 'Welcome to Ambassade',
  welcomePurpose:
    'Ambassade helps volunteer ambassadors share company news and content on their own social networks, in their own words.',
  welcomeVoluntary:
    'Taking part is strictly voluntary: read the social media charter first, then join if you wish, and leave whenever you like.',
  openLibrary: 'Open the library',
  openCharter: 'Read the charter',
  helpTitle: 'What I can do',
  helpIntro: 'Type one of these words in this chat:',
  helpCommand: 'help',
  helpCommandDescription: 'shows this message',
  helpComingSoon:
    'Coming soon, in this chat and in the Ambassade tab: news about campaigns and content, polls and challenges.',
  notUnderstood: 'I cannot answer that yet. Type "help" to see what I can do.',
  turnError: 'Sorry, something went wrong on our side. Please try again in a moment.',
};

export type Messages = Record<keyof typeof en, string>;

const fr: Messages = {
  welcomeTitle: 'Bienvenue dans Ambassade',
  welcomePurpose:
    "Ambassade permet aux ambassadeurs volontaires de partager les actualités et contenus de l'entreprise sur leurs propres réseaux sociaux, avec leurs propres mots.",
  welcomeVoluntary:
    "La participation est strictement volontaire : lisez d'abord la charte des réseaux sociaux, puis rejoignez le programme si vous le souhaitez et quittez-le quand vous voulez.",
  openLibrary: 'Ouvrir la bibliothèque',
  openCharter: 'Lire la charte',
  helpTitle: 'Ce que je sais faire',
  helpIntro: "Tapez l'un de ces mots dans cette conversation :",
  helpCommand: 'aide',
  helpCommandDescription: 'affiche ce message',
  helpComingSoon:
    "Bientôt, dans cette conversation et dans l'onglet Ambassade : les nouveautés des campagnes et des contenus, des sondages et des défis.",
  notUnderstood: 'Je ne sais pas encore répondre à cela. Tapez « aide » pour voir ce que je sais faire.',
  turnError: 'Désolé, un problème est survenu de notre côté. Veuillez réessayer dans un instant.',
};

export const messageTables: Readonly<Record<Locale, Messages>> = { en, fr };

export function messagesFor(locale: Locale): Messages {
  return messageTables[locale];
}
