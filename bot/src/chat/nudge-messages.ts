import type { Locale } from '@contract/locale';
import { formattingTag } from './messages';

const en = {
  launchTitle: 'New campaign: {campaign}',
  launchText:
    'A new campaign starts today. Have a look at its content and share what speaks to you, in your own words.',
  newContentTitle: 'New to share: {item}',
  newContentText: 'Fresh content was just published in the campaign "{campaign}".',
  reminderTitle: '"{campaign}" ends on {date}',
  reminderText: 'You have not shared anything from this campaign yet. There is still time, if you wish.',
  reEngagementTitle: 'News is waiting for you',
  reEngagementText:
    'The library has content you have not seen yet. Share what you like, when you like: it is always up to you.',
  dailyDigestTitle: 'Your daily digest',
  weeklyDigestTitle: 'Your weekly digest',
  digestIntro: 'What is new in the programme for you:',
  digestLaunch: 'New campaign: {title}',
  digestItem: 'New to share: {title}',
  digestEnding: '"{title}" ends on {date}',
  digestMessage: 'From the programme team: {title}',
  openItem: 'Open the item',
  openCampaign: 'See the campaign’s content',
  openLibrary: 'Open the library',
  linkedInExpiryTitle: 'Your LinkedIn connection lapses within a week',
  linkedInExpiryText:
    'LinkedIn asks every app to be authorised again after about 60 days. To keep posting from Ambassade in one click, connect LinkedIn again from “My data”; if you do not, nothing changes for you.',
  openMyData: 'Open “My data”',
  learningStalledTitle: 'Your onboarding path is waiting for you',
  learningStalledText:
    'A few minutes are enough for the next module: the charter in practice, writing in your own words, LinkedIn basics. Pick up where you left off.',
  openLearning: 'Continue learning',
};

export type NudgeMessages = Record<keyof typeof en, string>;

const fr: NudgeMessages = {
  launchTitle: 'Nouvelle campagne : {campaign}',
  launchText:
    'Une nouvelle campagne commence aujourd’hui. Découvrez ses contenus et partagez ce qui vous parle, avec vos propres mots.',
  newContentTitle: 'Nouveau à partager : {item}',
  newContentText: 'Un nouveau contenu vient d’être publié dans la campagne « {campaign} ».',
  reminderTitle: '« {campaign} » se termine le {date}',
  reminderText:
    'Vous n’avez encore rien partagé de cette campagne. Il est encore temps, si vous le souhaitez.',
  reEngagementTitle: 'Des nouveautés vous attendent',
  reEngagementText:
    'La bibliothèque a des contenus que vous n’avez pas encore vus. Partagez ce qui vous plaît, quand vous voulez : c’est toujours vous qui décidez.',
  dailyDigestTitle: 'Votre résumé du jour',
  weeklyDigestTitle: 'Votre résumé de la semaine',
  digestIntro: 'Les nouveautés du programme pour vous :',
  digestLaunch: 'Nouvelle campagne : {title}',
  digestItem: 'Nouveau à partager : {title}',
  digestEnding: '« {title} » se termine le {date}',
  digestMessage: 'De l’équipe du programme : {title}',
  openItem: 'Ouvrir le contenu',
  openCampaign: 'Voir les contenus de la campagne',
  openLibrary: 'Ouvrir la bibliothèque',
  linkedInExpiryTitle: 'Votre connexion LinkedIn expire dans moins d’une semaine',
  linkedInExpiryText:
    'LinkedIn demande de renouveler l’autorisation d’une application tous les 60 jours environ. Pour continuer à publier depuis Ambassade en un clic, reconnectez LinkedIn depuis « Mes données » ; sinon, rien ne change pour vous.',
  openMyData: 'Ouvrir « Mes données »',
  learningStalledTitle: 'Votre parcours de démarrage vous attend',
  learningStalledText:
    'Quelques minutes suffisent pour le module suivant : la charte en pratique, écrire avec ses mots, les bases de LinkedIn. Reprenez là où vous vous êtes arrêté.',
  openLearning: 'Reprendre la formation',
};

export const nudgeMessageTables: Readonly<Record<Locale, NudgeMessages>> = { en, fr };

export function nudgeMessagesFor(locale: Locale): NudgeMessages {
  return nudgeMessageTables[locale];
}

/** A date as the person reads it, in their language and time zone. */
export function formatDay(at: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(formattingTag(locale), { dateStyle: 'long', timeZone }).format(new Date(at));
}
