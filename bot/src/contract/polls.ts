import { z } from 'zod';
import { codedRule } from './problem-codes';
import { audienceSchema } from './campaigns';
import { localeSchema } from './locale-schemas';
import { localizedSchema, localizedTextSchema } from './localized';
import { pageQuerySchema, pageSchema } from './people';
import { instantSchema } from './web-address';

export const MIN_POLL_OPTIONS = 2;
export const MAX_POLL_OPTIONS = 10;
export const POLL_QUESTION_MAX = 300;
export const POLL_OPTION_MAX = 100;

export const pollChoices = ['single', 'multiple'] as const;
export const pollChoiceSchema = z.enum(pollChoices);
export type PollChoice = z.infer<typeof pollChoiceSchema>;

/** Who sees the results: voters once they voted, everyone once the poll closed, or managers only. */
export const pollResultsVisibilities = ['after-vote', 'after-close', 'managers'] as const;
export const pollResultsVisibilitySchema = z.enum(pollResultsVisibilities);
export type PollResultsVisibility = z.infer<typeof pollResultsVisibilitySchema>;

/** `open` and `closed` as people see them: an open poll past its closing time is closed. */
export const pollStatuses = ['draft', 'open', 'closed'] as const;
export const pollStatusSchema = z.enum(pollStatuses);
export type PollStatus = z.infer<typeof pollStatusSchema>;

/**
 * POST /api/v1/studio/polls: a draft, or sent at once to the audience (`send: true`). The closing time is
 * checked against `now` (the API's clock, or the form's as the manager types): the one source of these rules.
 */
export function pollInputSchemaAt(now: () => number) {
  return z
    .object({
      question: localizedTextSchema(POLL_QUESTION_MAX),
      options: z
        .array(z.object({ label: localizedTextSchema(POLL_OPTION_MAX) }).strict())
        .min(MIN_POLL_OPTIONS, `at least ${MIN_POLL_OPTIONS} options`)
        .max(MAX_POLL_OPTIONS, `at most ${MAX_POLL_OPTIONS} options`)
        // Votes would be ambiguous between two options that read the same in a language.
        .superRefine((options, context) => {
          for (const language of ['fr', 'en'] as const) {
            const seen = new Set<string>();
            options.forEach((option, index) => {
              const label = option.label[language].toLowerCase();
              if (label && seen.has(label))
                context.addIssue({
                  code: 'custom',
                  path: [index, 'label', language],
                  ...codedRule('field.sameAsAnotherOption', 'same as another option'),
                });
              seen.add(label);
            });
          }
        }),
      choice: pollChoiceSchema,
      anonymous: z.boolean(),
      resultsVisibility: pollResultsVisibilitySchema,
      // A poll that closes before anyone sees it is pointless. (Not a date at all: the format says so.)
      closesAt: instantSchema.refine(
        (closesAt) => Number.isNaN(Date.parse(closesAt)) || Date.parse(closesAt) > now(),
        codedRule('field.mustBeInFuture', 'must be in the future'),
      ),
      audience: audienceSchema,
      send: z.boolean(),
    })
    .strict();
}
export const pollInputSchema = pollInputSchemaAt(() => Date.now());
export type PollInput = z.infer<typeof pollInputSchema>;

export const pollOptionSchema = z.object({ id: z.string(), label: localizedSchema });

export const pollSchema = z.object({
  id: z.string(),
  question: localizedSchema,
  options: z.array(pollOptionSchema),
  choice: pollChoiceSchema,
  anonymous: z.boolean(),
  resultsVisibility: pollResultsVisibilitySchema,
  closesAt: z.string(),
  audience: z.object({
    groupIds: z.array(z.string()),
    brandIds: z.array(z.string()),
    languages: z.array(localeSchema),
  }),
  status: pollStatusSchema,
  createdAt: z.string(),
  sentAt: z.string().optional(),
  closedAt: z.string().optional(),
  /** Filled once sent: how many cards were queued, and who could not be reached, and why. */
  outcome: z
    .object({
      queued: z.number().int(),
      /** Ambassadors who never installed the bot, or blocked it: the bot cannot write to them. */
      unreachable: z.number().int(),
      /** Ambassadors who turned messages off. */
      optedOut: z.number().int(),
    })
    .optional(),
});
export type Poll = z.infer<typeof pollSchema>;

/** GET /api/v1/studio/polls: newest first, a page at a time. */
export const pollListQuerySchema = pageQuerySchema;
export const pollListSchema = pageSchema(pollSchema);
export type PollList = z.infer<typeof pollListSchema>;

export const pollTallySchema = z.object({
  /** People who voted (each counts once, whatever the number of options they chose). */
  voters: z.number().int(),
  options: z.array(z.object({ optionId: z.string(), votes: z.number().int() })),
});
export type PollTally = z.infer<typeof pollTallySchema>;

/** GET /api/v1/studio/polls/:pollId: the poll, its results, and how its sending goes. */
export const pollDetailsSchema = z.object({
  poll: pollSchema,
  results: pollTallySchema,
  delivery: z.object({
    pending: z.number().int(),
    sending: z.number().int(),
    sent: z.number().int(),
    failed: z.number().int(),
    unreachable: z.number().int(),
  }),
});
export type PollDetails = z.infer<typeof pollDetailsSchema>;

/** What the poll card's `Action.Execute` (verbs `poll.vote`, `poll.refresh`) sends back. */
export const pollCardActionSchema = z.object({
  pollId: z.string().min(1).max(100),
  /** The choice set's value: one option id, or several separated by commas for a multiple choice. */
  optionIds: z.string().max(1000).optional(),
});
