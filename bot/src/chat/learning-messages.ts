import type { Locale } from '@contract/locale';

const en = {
  position: '{path} · module {position} of {total}',
  readFirst: 'Read the module in the Ambassade tab, then check what you learned here.',
  readNoQuiz: 'Read the module in the Ambassade tab, then mark it as completed here.',
  openModule: 'Read the module',
  chooseError: 'Choose an answer.',
  check: 'Check my answers',
  markDone: 'Mark as completed',
  notYet:
    'Not quite yet: {correct} of {total} answers are right. Have another look at: {questions}. Try again whenever you like.',
  completed: 'Well done: this module is completed, and you are {progress} % through the path.',
  pathCompleted: 'Well done: you completed the whole path, and its badge is on its way!',
  alreadyDone: 'You completed this module already.',
  incomplete: 'Answer every question, then check again.',
  missing: 'This module no longer exists, or is not for you.',
  notAmbassador: 'Modules count once you are an ambassador: join the programme from the Ambassade tab first.',
};

export type LearningMessages = Record<keyof typeof en, string>;

const fr: LearningMessages = {
  position: '{path} · module {position} sur {total}',
  readFirst: 'Lisez le module dans l’onglet Ambassade, puis vérifiez vos acquis ici.',
  readNoQuiz: 'Lisez le module dans l’onglet Ambassade, puis marquez-le comme terminé ici.',
  openModule: 'Lire le module',
  chooseError: 'Choisissez une réponse.',
  check: 'Vérifier mes réponses',
  markDone: 'Marquer comme terminé',
  notYet:
    'Pas tout à fait : {correct} bonne(s) réponse(s) sur {total}. Relisez le passage sur : {questions}. Réessayez quand vous voulez.',
  completed: 'Bravo : ce module est terminé, et vous en êtes à {progress} % du parcours.',
  pathCompleted: 'Bravo : vous avez terminé tout le parcours, et son badge arrive !',
  alreadyDone: 'Vous avez déjà terminé ce module.',
  incomplete: 'Répondez à chaque question, puis vérifiez à nouveau.',
  missing: 'Ce module n’existe plus, ou ne vous est pas destiné.',
  notAmbassador:
    'Les modules comptent une fois que vous êtes ambassadeur : rejoignez d’abord le programme depuis l’onglet Ambassade.',
};

export function learningMessagesFor(locale: Locale): LearningMessages {
  return locale === 'fr' ? fr : en;
}
