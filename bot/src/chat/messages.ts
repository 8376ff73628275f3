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
  writeDescription: 'three ways to put an item in your own words, e.g. "write me a post about Douai"',
  writeWhichItem:
    'Which item should I help you with? Type "write me a post about" followed by a few words of its title.',
  writeNoMatch:
    'I found nothing called “{subject}” among the content you can share. Type "latest" to see what is new, or open the library.',
  writeCharterFirst:
    'The charter has a new version: read and accept it in the Ambassade tab, then I can help you write.',
  writeTitle: 'Three ways to say it',
  writeFor: '{title}: for {network}, in {language}',
  'language.fr': 'French',
  'language.en': 'English',
  writeAngle: 'Angle: {angle}',
  writeVariant: 'Option {number}',
  writeDisclosureAdded: '{disclosure} was added at the end, as the charter asks.',
  writeEditFreely:
    'Pick one, make it yours, and share it from the tab: the charter’s checks run again there.',
  writeShare: 'Share from Ambassade',
  writeOtherAngles: 'Another angle:',
  writeNotConfigured: 'Help with writing is not available in your organisation.',
  writeMonthlyCap:
    'Help with writing has reached its limit for this month: it will be back next month. The suggested texts in the tab are still yours to adapt.',
  writeContentFiltered:
    'No suggestion this time: Azure’s safety filter held this request back. Try another angle, or write in your own words.',
  writeBusy: 'Help with writing is busy right now: try again in {seconds} seconds.',
  writeUnavailable: 'Help with writing cannot answer right now: try again in a moment.',
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
  writeDescription: 'trois façons de dire un contenu avec vos mots, ex. « écris-moi un post sur Douai »',
  writeWhichItem:
    'Sur quel contenu voulez-vous de l’aide ? Tapez « écris-moi un post sur » suivi de quelques mots de son titre.',
  writeNoMatch:
    'Je ne trouve rien qui s’appelle « {subject} » parmi les contenus que vous pouvez partager. Tapez « nouveautés » pour voir les derniers, ou ouvrez la bibliothèque.',
  writeCharterFirst:
    'La charte a une nouvelle version : lisez-la et acceptez-la dans l’onglet Ambassade, puis je pourrai vous aider à écrire.',
  writeTitle: 'Trois façons de le dire',
  writeFor: '{title} : pour {network}, en {language}',
  'language.fr': 'français',
  'language.en': 'anglais',
  writeAngle: 'Angle : {angle}',
  writeVariant: 'Proposition {number}',
  writeDisclosureAdded: '{disclosure} a été ajouté à la fin, comme le demande la charte.',
  writeEditFreely:
    'Choisissez-en une, faites-la vôtre et partagez-la depuis l’onglet : les vérifications de la charte s’y appliquent à nouveau.',
  writeShare: 'Partager depuis Ambassade',
  writeOtherAngles: 'Un autre angle :',
  writeNotConfigured: 'L’aide à l’écriture n’est pas disponible dans votre organisation.',
  writeMonthlyCap:
    'L’aide à l’écriture a atteint sa limite pour ce mois : elle revient le mois prochain. Les textes suggérés dans l’onglet restent à adapter librement.',
  writeContentFiltered:
    'Pas de suggestion cette fois : le filtre de sécurité d’Azure a retenu cette demande. Essayez un autre angle, ou écrivez avec vos mots.',
  writeBusy: 'L’aide à l’écriture est très demandée : réessayez dans {seconds} secondes.',
  writeUnavailable: 'L’aide à l’écriture ne peut pas répondre pour l’instant : réessayez dans un instant.',
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
