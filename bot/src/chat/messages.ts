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
  helpIntro: 'Type one of these words in this chat, or use a button:',
  helpDescription: 'shows this message',
  latestDescription: 'the newest content for you to share',
  statsDescription: 'your shares, the clicks they brought and your reach',
  preferencesDescription: 'how often I send you news, and your quiet hours',
  stopDescription: 'no more nudges from me, starting now',
  resumeDescription: 'nudges again, as often as before',
  latestTitle: 'Latest for you',
  latestEmpty:
    'Nothing new for you right now. The library in the Ambassade tab has everything available to you.',
  openItem: 'Open in Ambassade',
  statsTitle: 'Your impact',
  statsShares: 'Shares',
  statsClicks: 'Clicks',
  statsReach: 'Estimated reach',
  statsByNetwork: 'Shares: {shares} · Clicks: {clicks}',
  statsPoints: 'Points earned',
  statsRank: 'Rank in the programme',
  statsBadges: 'Badges earned',
  statsNone: 'You have not shared anything yet. Type "latest" to find something to share.',
  openImpact: 'See the details',
  preferencesTitle: 'Your preferences',
  preferencesNudges: 'Nudges',
  preferencesQuietHours: 'Quiet hours',
  preferencesNoQuietHours: 'none',
  quietHoursRange: 'from {start} to {end} ({timeZone})',
  preferencesChange: 'Change how often I nudge you:',
  openPreferences: 'All preferences in the tab',
  'frequency.immediate': 'as news comes',
  'frequency.daily-digest': 'a daily digest',
  'frequency.weekly-digest': 'a weekly digest',
  'frequency.never': 'never',
  frequencySaved: 'Saved. Nudges: {frequency}.',
  nudgesStopped: 'Done: no more nudges from me. Type "resume" whenever you want them back.',
  nudgesAlreadyStopped: 'Nudges are already off. Type "resume" to turn them back on.',
  nudgesResumed: 'Nudges are on again: {frequency}.',
  nudgesAlreadyOn: 'Nudges are already on: {frequency}. Type "stop" to turn them off.',
  ambassadorsOnly:
    'This is for the programme’s ambassadors. If you would like to take part, read the charter and join from the Ambassade tab.',
  joinFromTab: 'Join from the tab',
  notUnderstood: 'I cannot answer that yet. Type "help" to see what I can do.',
  turnError: 'Sorry, something went wrong on our side. Please try again in a moment.',
  dashboardCardDescription: 'What is new to share this week, and your points as an ambassador.',
  dashboardToShare: '{count} to share this week',
  dashboardPoints: '{points} points earned',
  dashboardNothingNew: 'Nothing new this week: the library has everything available to you.',
  dashboardJoin: 'Join the advocacy programme',
  dashboardSeeAll: 'See what to share',
  dashboardQuickViewTitle: 'To share this week',
  dashboardShare: 'Share',
  dashboardPropertyPane:
    'Each person sees their own card: what is new for them to share this week and, for ambassadors, their points. There is nothing to set.',
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
  helpIntro: "Tapez l'un de ces mots dans cette conversation, ou utilisez un bouton :",
  helpDescription: 'affiche ce message',
  latestDescription: 'les derniers contenus à partager pour vous',
  statsDescription: 'vos partages, les clics obtenus et votre audience',
  preferencesDescription: 'la fréquence de mes messages et vos heures de tranquillité',
  stopDescription: 'plus aucune relance de ma part, dès maintenant',
  resumeDescription: 'de nouveau des relances, aussi souvent qu’avant',
  latestTitle: 'Les nouveautés pour vous',
  latestEmpty:
    "Rien de nouveau pour vous en ce moment. La bibliothèque de l'onglet Ambassade contient tout ce qui vous est proposé.",
  openItem: 'Ouvrir dans Ambassade',
  statsTitle: 'Votre impact',
  statsShares: 'Partages',
  statsClicks: 'Clics',
  statsReach: 'Audience estimée',
  statsByNetwork: 'Partages : {shares} · Clics : {clicks}',
  statsPoints: 'Points gagnés',
  statsRank: 'Rang dans le programme',
  statsBadges: 'Badges obtenus',
  statsNone: "Vous n'avez encore rien partagé. Tapez « nouveautés » pour trouver un contenu à partager.",
  openImpact: 'Voir le détail',
  preferencesTitle: 'Vos préférences',
  preferencesNudges: 'Relances',
  preferencesQuietHours: 'Heures de tranquillité',
  preferencesNoQuietHours: 'aucune',
  quietHoursRange: 'de {start} à {end} ({timeZone})',
  preferencesChange: 'Choisissez la fréquence de mes relances :',
  openPreferences: "Toutes les préférences dans l'onglet",
  'frequency.immediate': 'au fil des nouveautés',
  'frequency.daily-digest': 'un résumé quotidien',
  'frequency.weekly-digest': 'un résumé hebdomadaire',
  'frequency.never': 'jamais',
  frequencySaved: 'C’est noté. Relances : {frequency}.',
  nudgesStopped: 'C’est fait : plus aucune relance de ma part. Tapez « reprendre » quand vous le souhaitez.',
  nudgesAlreadyStopped: 'Les relances sont déjà désactivées. Tapez « reprendre » pour les réactiver.',
  nudgesResumed: 'Les relances sont réactivées : {frequency}.',
  nudgesAlreadyOn: 'Les relances sont déjà actives : {frequency}. Tapez « arrêter » pour les désactiver.',
  ambassadorsOnly:
    "Ceci est réservé aux ambassadeurs du programme. Si vous souhaitez y participer, lisez la charte et rejoignez-le depuis l'onglet Ambassade.",
  joinFromTab: "Rejoindre depuis l'onglet",
  notUnderstood: 'Je ne sais pas encore répondre à cela. Tapez « aide » pour voir ce que je sais faire.',
  turnError: 'Désolé, un problème est survenu de notre côté. Veuillez réessayer dans un instant.',
  dashboardCardDescription: 'Les nouveautés à partager cette semaine, et vos points d’ambassadeur.',
  dashboardToShare: '{count} à partager cette semaine',
  dashboardPoints: '{points} points gagnés',
  dashboardNothingNew:
    'Rien de nouveau cette semaine : la bibliothèque contient tout ce qui vous est proposé.',
  dashboardJoin: 'Rejoignez le programme ambassadeurs',
  dashboardSeeAll: 'Voir quoi partager',
  dashboardQuickViewTitle: 'À partager cette semaine',
  dashboardShare: 'Partager',
  dashboardPropertyPane:
    'Chacun voit sa propre carte : les nouveautés à partager cette semaine et, pour les ambassadeurs, leurs points. Il n’y a rien à régler.',
};

export const messageTables: Readonly<Record<Locale, Messages>> = { en, fr };

export function messagesFor(locale: Locale): Messages {
  return messageTables[locale];
}

/** The BCP 47 tag numbers and dates are formatted with in chat, for a language. */
export function formattingTag(locale: Locale): string {
  return locale === 'fr' ? 'fr-FR' : 'en-GB';
}

/** Puts values into a message's `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** A message in both languages, e.g. a command's description in the command table. */
export function inBothLanguages(key: keyof Messages): Record<Locale, string> {
  return { en: en[key], fr: fr[key] };
}
