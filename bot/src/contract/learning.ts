import { z } from 'zod';
import { audienceSchema } from './campaigns';
import { localeSchema } from './locale-schemas';
import { localizedSchema, localizedTextSchema, optionalLocalizedTextSchema } from './localized';
import { mediaIdSchema, mediaSchema } from './media';
import { pageQuerySchema, pageSchema } from './people';
import { codedRule } from './problem-codes';
import { resourceIdSchema } from './resource-id';
import { idSchema, webAddressSchema } from './web-address';

/**
 * Training paths: modules to read (Markdown, a picture or a video, a link), each with an optional short quiz,
 * at a level, for an audience like a campaign's. Completing a module earns points; a path, a badge.
 */
export const learningLevels = ['beginner', 'confirmed', 'expert'] as const;
export const learningLevelSchema = z.enum(learningLevels);
export type LearningLevel = z.infer<typeof learningLevelSchema>;

export const MAX_QUIZ_QUESTIONS = 5;

/** A quiz question as a learner sees it: the options, never which one is right. */
export const quizQuestionSchema = z.object({
  id: z.string(),
  question: localizedSchema,
  options: z.array(z.object({ id: z.string(), label: localizedSchema })),
});

export const learningModuleSchema = z.object({
  id: z.string(),
  title: localizedSchema,
  /** Markdown. */
  body: localizedSchema,
  media: mediaSchema.optional(),
  link: z.string().optional(),
  /** Empty when the module has no quiz: reading it is enough. */
  quiz: z.array(quizQuestionSchema),
  completed: z.boolean(),
});
export type LearningModule = z.infer<typeof learningModuleSchema>;

export const learningPathSchema = z.object({
  id: z.string(),
  title: localizedSchema,
  description: localizedSchema,
  level: learningLevelSchema,
  modules: z.array(learningModuleSchema),
  /** Modules completed, in percent of the path's modules (0 to 100). */
  progress: z.number().int().min(0).max(100),
});
export type LearningPath = z.infer<typeof learningPathSchema>;

/** GET /api/v1/learning/paths: the published paths of the caller's audience, easiest level first. */
export const learningPathListSchema = z.object({ paths: z.array(learningPathSchema) });
export type LearningPathList = z.infer<typeof learningPathListSchema>;

export const quizAnswerSchema = z.object({ questionId: idSchema, optionId: idSchema }).strict();
export type QuizAnswer = z.infer<typeof quizAnswerSchema>;

/** POST /api/v1/learning/modules/:moduleId/completion: one option per question of the module's quiz. */
export const moduleCompletionInputSchema = z
  .object({ answers: z.array(quizAnswerSchema).max(MAX_QUIZ_QUESTIONS).optional() })
  .strict();

/** The data of a quiz card's `Action.Execute`: the module, and each question's choice as `answer.<questionId>`. */
export const QUIZ_ANSWER_INPUT_PREFIX = 'answer.';
export const quizCardActionSchema = z.looseObject({ moduleId: resourceIdSchema });

/** How a quiz went: passed when every answer is right; the wrong ones are named, not corrected. */
export const quizMarkingSchema = z.object({
  passed: z.boolean(),
  correct: z.number().int(),
  total: z.number().int(),
  wrongQuestionIds: z.array(z.string()),
});
export type QuizMarking = z.infer<typeof quizMarkingSchema>;

/** The path's progress after an attempt; a failed quiz is an answer like any other, not an error. */
export const moduleCompletionSchema = z.object({
  pathId: z.string(),
  moduleId: z.string(),
  /** The module counts as done (now or before). */
  completed: z.boolean(),
  quiz: quizMarkingSchema.optional(),
  progress: z.number().int().min(0).max(100),
  pathCompleted: z.boolean(),
});
export type ModuleCompletion = z.infer<typeof moduleCompletionSchema>;

// The studio's side: managers compose paths, publish them, and follow who learns what.

export const MIN_QUIZ_OPTIONS = 2;
export const MAX_QUIZ_OPTIONS = 6;
export const MAX_LEARNING_MODULES = 30;
export const LEARNING_TITLE_MAX = 120;
export const LEARNING_DESCRIPTION_MAX = 500;
export const LEARNING_BODY_MAX = 20_000;
export const QUIZ_QUESTION_MAX = 300;
export const QUIZ_OPTION_MAX = 200;

export const learningPathStatuses = ['draft', 'published'] as const;
export const learningPathStatusSchema = z.enum(learningPathStatuses);
export type LearningPathStatus = z.infer<typeof learningPathStatusSchema>;

/** A question as written in the studio: an id only when it already exists, so learners' answers stay valid. */
const quizQuestionInputSchema = z
  .object({
    id: idSchema.optional(),
    question: localizedTextSchema(QUIZ_QUESTION_MAX),
    options: z
      .array(z.object({ id: idSchema.optional(), label: localizedTextSchema(QUIZ_OPTION_MAX) }).strict())
      .min(MIN_QUIZ_OPTIONS, `at least ${MIN_QUIZ_OPTIONS} options`)
      .max(MAX_QUIZ_OPTIONS, `at most ${MAX_QUIZ_OPTIONS} options`),
    /** The one right option, by its position in `options`. */
    answerIndex: z.number().int().min(0),
  })
  .strict()
  .refine(
    (question) => question.answerIndex < question.options.length,
    codedRule('field.noSuchOption', 'names an option the question does not have', ['answerIndex']),
  );

const learningModuleInputSchema = z
  .object({
    id: idSchema.optional(),
    title: localizedTextSchema(LEARNING_TITLE_MAX),
    /** Markdown. */
    body: localizedTextSchema(LEARNING_BODY_MAX),
    /** A picture or a video uploaded first; left out, the module has none (any it had is removed). */
    mediaId: mediaIdSchema.optional(),
    link: webAddressSchema.optional(),
    quiz: z.array(quizQuestionInputSchema).max(MAX_QUIZ_QUESTIONS, `at most ${MAX_QUIZ_QUESTIONS} questions`),
  })
  .strict();

/** POST /api/v1/studio/learning/paths, and PUT …/:pathId (with `If-Match`): a path and its modules, in order. */
export const learningPathInputSchema = z
  .object({
    title: localizedTextSchema(LEARNING_TITLE_MAX),
    description: optionalLocalizedTextSchema(LEARNING_DESCRIPTION_MAX),
    level: learningLevelSchema,
    audience: audienceSchema,
    /** Left out, the path stays as it was (a new one is not for onboarding). */
    onboarding: z.boolean().optional(),
    modules: z
      .array(learningModuleInputSchema)
      .min(1, 'at least one module')
      .max(MAX_LEARNING_MODULES, `at most ${MAX_LEARNING_MODULES} modules`),
  })
  .strict();
export type LearningPathInput = z.infer<typeof learningPathInputSchema>;

/** PUT /api/v1/studio/learning/paths/:pathId/status: publish, or take back to draft. */
export const learningPathStatusChangeSchema = z.object({ status: learningPathStatusSchema }).strict();

/** A question as its author sees it: with the right option. */
export const studioQuizQuestionSchema = quizQuestionSchema.extend({ answerId: z.string() });

export const studioLearningModuleSchema = z.object({
  id: z.string(),
  title: localizedSchema,
  body: localizedSchema,
  media: mediaSchema.optional(),
  link: z.string().optional(),
  quiz: z.array(studioQuizQuestionSchema),
});

/** How many people in the audience started and finished something. */
export const learnersCountSchema = z.object({
  started: z.number().int(),
  completed: z.number().int(),
});
export type LearnersCount = z.infer<typeof learnersCountSchema>;

export const studioLearningPathSchema = z.object({
  id: z.string(),
  title: localizedSchema,
  description: localizedSchema,
  level: learningLevelSchema,
  audience: z.object({
    groupIds: z.array(z.string()),
    brandIds: z.array(z.string()),
    languages: z.array(localeSchema),
  }),
  status: learningPathStatusSchema,
  /** Given to every new ambassador when they join. */
  onboarding: z.boolean(),
  modules: z.array(studioLearningModuleSchema),
  learners: learnersCountSchema,
  createdAt: z.string(),
  updatedAt: z.string().optional(),
  publishedAt: z.string().optional(),
});
export type StudioLearningPath = z.infer<typeof studioLearningPathSchema>;

/** GET /api/v1/studio/learning/paths: latest first, a page at a time. */
export const studioLearningPathListQuerySchema = pageQuerySchema;
export const studioLearningPathListSchema = pageSchema(studioLearningPathSchema);
export type StudioLearningPathList = z.infer<typeof studioLearningPathListSchema>;

/** One row of a path's progress: the whole audience (no group), or its members in one group. */
export const learningProgressRowSchema = z.object({
  groupId: z.string().optional(),
  groupName: localizedSchema.optional(),
  /** Ambassadors of the path's audience (in the group). */
  audience: z.number().int(),
  path: learnersCountSchema,
  /** In the path's order; a module is started once its quiz was tried. */
  modules: z.array(learnersCountSchema.extend({ moduleId: z.string() })),
});
export type LearningProgressRow = z.infer<typeof learningProgressRowSchema>;

/** GET /api/v1/studio/learning/paths/:pathId/progress (and `progress.csv`). */
export const learningPathProgressSchema = z.object({
  pathId: z.string(),
  modules: z.array(z.object({ id: z.string(), title: localizedSchema })),
  rows: z.array(learningProgressRowSchema),
});
export type LearningPathProgress = z.infer<typeof learningPathProgressSchema>;
