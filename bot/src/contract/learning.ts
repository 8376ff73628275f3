import { z } from 'zod';
import { localizedSchema } from './localized';
import { mediaSchema } from './media';
import { resourceIdSchema } from './resource-id';
import { idSchema } from './web-address';

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
