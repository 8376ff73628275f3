import type { Locale } from '@contract/locale';
import type { VoteRefusal } from '../domain/poll-vote';

const en = {
  closesAt: 'Open until {at}',
  closed: 'This poll is closed.',
  chooseOne: 'Choose one answer.',
  chooseSeveral: 'Choose one or more answers.',
  anonymous: 'Your answer is anonymous.',
  named: 'The programme team sees who answered what.',
  answers: 'Answers',
  chooseError: 'Choose an answer.',
  vote: 'Vote',
  changeVote: 'Change my vote',
  yourVote: 'Your vote: {choice}',
  results: 'Results (voters: {voters})',
  resultLine: '{votes} ({percent} %)',
  missing: 'This poll no longer exists.',
  'not-open': 'This poll is not open yet.',
  'not-in-audience': 'This poll is for other ambassadors: your vote was not counted.',
  'invalid-choice': 'Choose an answer among the options, then vote again.',
  closedRefusal: 'This poll closed before your vote: it was not counted.',
};

export type PollMessages = Record<keyof typeof en, string>;

const fr: PollMessages = {
  closesAt: "Ouvert jusqu'au {at}",
  closed: 'Ce sondage est clos.',
  chooseOne: 'Choisissez une réponse.',
  chooseSeveral: 'Choisissez une ou plusieurs réponses.',
  anonymous: 'Votre réponse est anonyme.',
  named: "L'équipe du programme voit qui a répondu quoi.",
  answers: 'Réponses',
  chooseError: 'Choisissez une réponse.',
  vote: 'Voter',
  changeVote: 'Modifier mon vote',
  yourVote: 'Votre vote : {choice}',
  results: 'Résultats (votants : {voters})',
  resultLine: '{votes} ({percent} %)',
  missing: "Ce sondage n'existe plus.",
  'not-open': "Ce sondage n'est pas encore ouvert.",
  'not-in-audience': "Ce sondage s'adresse à d'autres ambassadeurs : votre vote n'a pas été compté.",
  'invalid-choice': 'Choisissez une réponse parmi les options, puis votez à nouveau.',
  closedRefusal: "Ce sondage a été clos avant votre vote : il n'a pas été compté.",
};

const tables: Readonly<Record<Locale, PollMessages>> = { en, fr };

export function pollMessagesFor(locale: Locale): PollMessages {
  return tables[locale];
}

export function refusalMessage(m: PollMessages, refusal: VoteRefusal): string {
  return refusal === 'closed' ? m.closedRefusal : m[refusal];
}
