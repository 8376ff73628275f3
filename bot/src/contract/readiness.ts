import { z } from 'zod';
import { localizedSchema } from './localized';

/**
 * The conditions of success the readiness diagnostic weighs, in the order of the method: what to aim at and how
 * to measure it, who backs it, what is shared and by whom, the rules, the first ambassadors and how they are
 * launched and kept going, and what the company's own profile (listed, regulated) adds.
 */
export const readinessDimensions = [
  'objectives',
  'sponsorship',
  'content',
  'charter',
  'moderation',
  'pilot',
  'training',
  'launch',
  'animation',
  'measurement',
  'constraints',
] as const;
export type ReadinessDimension = (typeof readinessDimensions)[number];

/**
 * The questionnaire's statements, each weighing one dimension; the tab words them in each language. A statement
 * that `mayNotApply` (a listed company's rules, for a company that is not listed) may be answered "not applicable".
 */
export const readinessQuestions = [
  { id: 'objectives-defined', dimension: 'objectives' },
  { id: 'objectives-kpis', dimension: 'objectives' },
  { id: 'sponsorship-example', dimension: 'sponsorship' },
  { id: 'sponsorship-case', dimension: 'sponsorship' },
  { id: 'sponsorship-trust', dimension: 'sponsorship' },
  { id: 'content-suppliers', dimension: 'content' },
  { id: 'content-fit', dimension: 'content' },
  { id: 'charter-written', dimension: 'charter' },
  { id: 'charter-endorsed', dimension: 'charter' },
  { id: 'moderation-named', dimension: 'moderation' },
  { id: 'moderation-review', dimension: 'moderation' },
  { id: 'pilot-identified', dimension: 'pilot' },
  { id: 'pilot-volunteers', dimension: 'pilot' },
  { id: 'training-planned', dimension: 'training' },
  { id: 'training-win-win', dimension: 'training' },
  { id: 'launch-event', dimension: 'launch' },
  { id: 'launch-sponsors', dimension: 'launch' },
  { id: 'animation-team', dimension: 'animation' },
  { id: 'animation-rhythm', dimension: 'animation' },
  { id: 'measurement-tracking', dimension: 'measurement' },
  { id: 'measurement-review', dimension: 'measurement' },
  { id: 'constraints-listed', dimension: 'constraints', mayNotApply: true },
  { id: 'constraints-regulated', dimension: 'constraints', mayNotApply: true },
] as const satisfies readonly { id: string; dimension: ReadinessDimension; mayNotApply?: true }[];
export type ReadinessQuestionId = (typeof readinessQuestions)[number]['id'];

/** How far a statement holds, from 0 (not at all) to 4 (fully). */
export const READINESS_SCALE_MAX = 4;
const scaleSchema = z.number().int().min(0).max(READINESS_SCALE_MAX);

/** Every statement answered once; null is "not applicable", only where the statement allows it. */
export const readinessAnswersSchema = z
  .object(
    Object.fromEntries(
      readinessQuestions.map((question) => [
        question.id,
        'mayNotApply' in question ? scaleSchema.nullable() : scaleSchema,
      ]),
    ) as Record<ReadinessQuestionId, z.ZodNumber | z.ZodNullable<z.ZodNumber>>,
  )
  .strict();
export type ReadinessAnswers = z.infer<typeof readinessAnswersSchema>;

/** POST /api/v1/studio/diagnostic: a whole take of the questionnaire. */
export const diagnosticInputSchema = z.object({ answers: readinessAnswersSchema }).strict();
export type DiagnosticInput = z.infer<typeof diagnosticInputSchema>;

/** A dimension's score in %, or null when none of its statements applies. */
export const dimensionScoreSchema = z.object({
  dimension: z.enum(readinessDimensions),
  score: z.number().min(0).max(100).nullable(),
});
export type DimensionScore = z.infer<typeof dimensionScoreSchema>;

/** One take's scores, in the order of `readinessDimensions`, and their mean. */
export const diagnosticScoresSchema = z.object({
  id: z.string(),
  takenAt: z.string(),
  scores: z.array(dimensionScoreSchema),
  overall: z.number().min(0).max(100).nullable(),
});
export type DiagnosticScores = z.infer<typeof diagnosticScoresSchema>;

/**
 * GET /api/v1/studio/diagnostic (and the answer of POST): the latest take with its answers, to start a retake
 * from, and every take's scores newest first, the latest included, to show progress.
 */
export const diagnosticSchema = z.object({
  latest: diagnosticScoresSchema.extend({ answers: readinessAnswersSchema }).nullable(),
  history: z.array(diagnosticScoresSchema),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

/** The eleven steps of the method, in order. */
export const programmeStepKeys = [
  'diagnostic',
  'objectives',
  'platform',
  'charter',
  'leadership',
  'content',
  'pilot',
  'training',
  'launch',
  'animation',
  'measurement',
] as const;
export type ProgrammeStepKey = (typeof programmeStepKeys)[number];

/** The steps whose state the product cannot know: a manager ticks them. */
export const manualProgrammeStepKeys = [
  'platform',
  'leadership',
  'training',
  'measurement',
] as const satisfies readonly ProgrammeStepKey[];
export type ManualProgrammeStepKey = (typeof manualProgrammeStepKeys)[number];

export const programmeStepStates = ['todo', 'in-progress', 'done'] as const;
export const programmeStepStateSchema = z.enum(programmeStepStates);
export type ProgrammeStepState = z.infer<typeof programmeStepStateSchema>;

export const programmeStepSchema = z.object({
  key: z.enum(programmeStepKeys),
  title: localizedSchema,
  state: programmeStepStateSchema,
  /** The tab's page that serves the step. */
  link: z.string(),
  /** Ticked by hand (PUT), rather than computed from what the product knows. */
  manual: z.boolean(),
});
export type ProgrammeStep = z.infer<typeof programmeStepSchema>;

/** GET /api/v1/studio/programme-plan. */
export const programmePlanSchema = z.object({ steps: z.array(programmeStepSchema) });
export type ProgrammePlan = z.infer<typeof programmePlanSchema>;

/** PUT /api/v1/studio/programme-plan/steps/:stepKey, for a manual step only. */
export const manualStepParamsSchema = z.object({ stepKey: z.enum(manualProgrammeStepKeys) });
export const manualStepInputSchema = z.object({ state: programmeStepStateSchema }).strict();
