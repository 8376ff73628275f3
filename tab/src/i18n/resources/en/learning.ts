import type { Messages } from '../messages';

/** Training paths: the learners' pages. */
export const learningEn = {
  title: 'Learn',
  intro:
    'Short training paths to share with confidence. Each module takes a few minutes; completing one earns points, and a whole path a badge.',
  loading: 'Loading your training paths…',
  loadingModule: 'Loading the module…',
  empty: 'No training path for you yet. New paths appear here when the programme team publishes them.',
  levels: { beginner: 'Beginner', confirmed: 'Confirmed', expert: 'Expert' },
  progressLabel: 'Progress',
  progress_one: '{{done}} module of {{total}} completed',
  progress_other: '{{done}} modules of {{total}} completed',
  pathDone: 'Path completed. Well done!',
  moduleDone: 'completed',
  moduleTodo: 'to do',
  back: 'All training paths',
  moduleNotFound: 'This module is not in your training paths. It may have been removed.',
  moduleOf: '{{path}} · module {{position}} of {{total}}',
  furtherReading: 'Read further',
  joinFirst:
    'Modules count once you are an ambassador: read the charter and join the programme to take them.',
  quizTitle: 'Check what you learned',
  doneTitle: 'Finished reading?',
  alreadyDone: 'You completed this module already. You may answer the quiz again to practise.',
  chooseAnswer: 'Choose an answer.',
  answerRight: 'Right.',
  answerWrong: 'Not this one: have another look.',
  check: 'Check my answers',
  markDone: 'Mark as completed',
  notYet: 'Not quite yet',
  score_one: '{{correct}} answer of {{total}} is right.',
  score_other: '{{correct}} answers of {{total}} are right.',
  tryAgain: 'Read the module again for the questions marked above, then try once more: there is no limit.',
  moduleCompleted:
    'Well done: this module is completed, and you are {{progress}} % through the path. Its points join your total shortly.',
  pathCompleted: 'Well done: you completed the whole path! Its badge joins your challenges page shortly.',
  next: 'Next module: {{title}}',
} satisfies Messages;
