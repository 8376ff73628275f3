import {
  MAX_LEARNING_MODULES,
  MAX_QUIZ_OPTIONS,
  MAX_QUIZ_QUESTIONS,
  MIN_QUIZ_OPTIONS,
  learningPathInputSchema,
} from '@contract/learning';
import type { LearningLevel, LearningPathInput, StudioLearningPath } from '@contract/learning';
import type { Locale } from '@contract/locale';
import type { Media } from '@contract/media';

type Texts = { fr: string; en: string };

export interface QuestionFormValues {
  /** Set for a question the path already has, so learners' answers to it stay valid. */
  id?: string;
  question: Texts;
  options: { id?: string; label: Texts }[];
  answerIndex: number;
}

export interface ModuleFormValues {
  id?: string;
  title: Texts;
  body: Texts;
  /** At most one picture or video, as the upload control edits a list. */
  media: Media[];
  /** Empty: no link. */
  link: string;
  quiz: QuestionFormValues[];
}

/** The path form; the audience flat, as the audience fields edit it. */
export interface LearningPathFormValues {
  title: Texts;
  description: Texts;
  level: LearningLevel;
  groupIds: string[];
  brandIds: string[];
  languages: Locale[];
  onboarding: boolean;
  modules: ModuleFormValues[];
}

/** Why a field is refused, each translated under `learningStudio.editor.errors`. */
export type LearningPathProblem = 'required' | 'tooLong' | 'address' | 'answer';

const empty = (): Texts => ({ fr: '', en: '' });

export function newQuestion(): QuestionFormValues {
  return { question: empty(), options: [{ label: empty() }, { label: empty() }], answerIndex: 0 };
}

export function newModule(): ModuleFormValues {
  return { title: empty(), body: empty(), media: [], link: '', quiz: [] };
}

export function newLearningPathForm(): LearningPathFormValues {
  return {
    title: empty(),
    description: empty(),
    level: 'beginner',
    groupIds: [],
    brandIds: [],
    languages: [],
    onboarding: false,
    modules: [newModule()],
  };
}

/** The form for an existing path, keeping every id so an edit does not lose learners' progress. */
export function learningPathFormFrom(path: StudioLearningPath): LearningPathFormValues {
  return {
    title: path.title,
    description: path.description,
    level: path.level,
    ...path.audience,
    onboarding: path.onboarding,
    modules: path.modules.map((module) => ({
      id: module.id,
      title: module.title,
      body: module.body,
      media: module.media ? [module.media] : [],
      link: module.link ?? '',
      quiz: module.quiz.map((question) => ({
        id: question.id,
        question: question.question,
        options: question.options.map(({ id, label }) => ({ id, label })),
        answerIndex: Math.max(
          0,
          question.options.findIndex((option) => option.id === question.answerId),
        ),
      })),
    })),
  };
}

export type LearningPathValidation =
  { ok: true; input: LearningPathInput } | { ok: false; problems: Record<string, LearningPathProblem> };

/**
 * The API's own schema checks the form; each problem is keyed by the input's path with dots
 * (`modules.0.quiz.1.options.2.label.en`), which is how the form names its fields too.
 */
export function validateLearningPathForm(values: LearningPathFormValues): LearningPathValidation {
  const parsed = learningPathInputSchema.safeParse({
    title: values.title,
    description: values.description,
    level: values.level,
    audience: { groupIds: values.groupIds, brandIds: values.brandIds, languages: values.languages },
    onboarding: values.onboarding,
    modules: values.modules.map(({ link, media, ...module }) => ({
      ...module,
      ...(media[0] ? { mediaId: media[0].id } : {}),
      ...(link.trim() ? { link } : {}),
    })),
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const problems: Record<string, LearningPathProblem> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.');
    if (field in problems) continue;
    if (issue.code === 'too_big') problems[field] = 'tooLong';
    else if (issue.code === 'custom')
      problems[field] = issue.params?.['code'] === 'field.noSuchOption' ? 'answer' : 'address';
    else problems[field] = 'required';
  }
  return { ok: false, problems };
}

export const canAddModule = (values: LearningPathFormValues) => values.modules.length < MAX_LEARNING_MODULES;
export const canRemoveModule = (values: LearningPathFormValues) => values.modules.length > 1;
export const canAddQuestion = (module: ModuleFormValues) => module.quiz.length < MAX_QUIZ_QUESTIONS;
export const canAddOption = (question: QuestionFormValues) => question.options.length < MAX_QUIZ_OPTIONS;
export const canRemoveOption = (question: QuestionFormValues) => question.options.length > MIN_QUIZ_OPTIONS;

/** Removes an option, keeping the right answer on the same option (or the first, if it was this one). */
export function withoutOption(question: QuestionFormValues, index: number): QuestionFormValues {
  const answerIndex =
    question.answerIndex === index ? 0 : question.answerIndex - (question.answerIndex > index ? 1 : 0);
  return { ...question, options: question.options.filter((_, at) => at !== index), answerIndex };
}
