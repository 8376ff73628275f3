import type { Messages } from '../messages';

/** Parcours de formation : les pages des apprenants. */
export const learningFr = {
  title: 'Se former',
  intro:
    'De courts parcours de formation pour partager en confiance. Chaque module prend quelques minutes ; en terminer un rapporte des points, et un parcours entier un badge.',
  loading: 'Chargement de vos parcours…',
  loadingModule: 'Chargement du module…',
  empty:
    'Aucun parcours pour vous pour l’instant. Les nouveaux parcours apparaissent ici dès que l’équipe du programme les publie.',
  levels: { beginner: 'Débutant', confirmed: 'Confirmé', expert: 'Expert' },
  progressLabel: 'Progression',
  progress_one: '{{done}} module terminé sur {{total}}',
  progress_many: '{{done}} modules terminés sur {{total}}',
  progress_other: '{{done}} modules terminés sur {{total}}',
  pathDone: 'Parcours terminé. Bravo !',
  moduleDone: 'terminé',
  moduleTodo: 'à faire',
  back: 'Tous les parcours',
  moduleNotFound: 'Ce module ne fait pas partie de vos parcours. Il a peut-être été retiré.',
  moduleOf: '{{path}} · module {{position}} sur {{total}}',
  furtherReading: 'Pour aller plus loin',
  joinFirst:
    'Les modules comptent une fois que vous êtes ambassadeur : lisez la charte et rejoignez le programme pour les suivre.',
  quizTitle: 'Vérifiez vos acquis',
  doneTitle: 'Lecture terminée ?',
  alreadyDone: 'Vous avez déjà terminé ce module. Vous pouvez refaire le quiz pour vous entraîner.',
  chooseAnswer: 'Choisissez une réponse.',
  answerRight: 'Bonne réponse.',
  answerWrong: 'Pas celle-ci : relisez le passage.',
  check: 'Vérifier mes réponses',
  markDone: 'Marquer comme terminé',
  notYet: 'Pas tout à fait',
  score_one: '{{correct}} bonne réponse sur {{total}}.',
  score_many: '{{correct}} bonnes réponses sur {{total}}.',
  score_other: '{{correct}} bonnes réponses sur {{total}}.',
  tryAgain:
    'Relisez le module pour les questions signalées ci-dessus, puis réessayez : il n’y a pas de limite.',
  moduleCompleted:
    'Bravo : ce module est terminé, et vous en êtes à {{progress}} % du parcours. Ses points rejoignent votre total dans un instant.',
  pathCompleted:
    'Bravo : vous avez terminé tout le parcours ! Son badge apparaît bientôt sur votre page Défis.',
  next: 'Module suivant : {{title}}',
} satisfies Messages;
