import { z } from 'zod';
import { codedRule } from './problem-codes';
import { audienceSchema, campaignDecisionSchema, campaignStatusSchema } from './campaigns';
import { localeSchema } from './locale-schemas';
import { localizedSchema, localizedTextSchema, optionalLocalizedTextSchema } from './localized';
import { idSchema, instantSchema } from './web-address';

/** What a challenge asks of each participant: N shares (of one campaign, or any), poll answers, proposals, clicks. */
export const challengeGoalKinds = ['shares', 'poll-votes', 'proposals', 'clicks'] as const;
export const challengeGoalKindSchema = z.enum(challengeGoalKinds);
export type ChallengeGoalKind = z.infer<typeof challengeGoalKindSchema>;

export const challengeGoalSchema = z
  .object({
    kind: challengeGoalKindSchema,
    target: z.number().int().min(1).max(10_000),
    /** Only for `shares`: the campaign whose items count; any item when absent. */
    campaignId: idSchema.optional(),
  })
  .strict()
  .refine(
    (goal) => goal.kind === 'shares' || goal.campaignId === undefined,
    codedRule('field.onlyShareGoalNamesCampaign', 'only a share goal names a campaign', ['campaignId']),
  );
export type ChallengeGoal = z.infer<typeof challengeGoalSchema>;

/** POST /api/v1/studio/challenges and PUT /api/v1/studio/challenges/:challengeId */
export const challengeInputSchema = z
  .object({
    name: localizedTextSchema(120),
    description: optionalLocalizedTextSchema(1000),
    startsAt: instantSchema,
    endsAt: instantSchema,
    audience: audienceSchema,
    goal: challengeGoalSchema,
  })
  .strict()
  .refine(
    (input) => Date.parse(input.endsAt) > Date.parse(input.startsAt),
    codedRule('field.mustBeAfterStart', 'must be after the start', ['endsAt']),
  );
export type ChallengeInput = z.infer<typeof challengeInputSchema>;

/** PUT /api/v1/studio/challenges/:challengeId/status: the same decisions as for campaigns. */
export const challengeStatusChangeSchema = z.object({ status: campaignDecisionSchema }).strict();

export const challengeSchema = z.object({
  id: z.string(),
  name: localizedSchema,
  description: localizedSchema,
  startsAt: z.string(),
  endsAt: z.string(),
  audience: z.object({
    groupIds: z.array(z.string()),
    brandIds: z.array(z.string()),
    languages: z.array(localeSchema),
  }),
  goal: z.object({
    kind: challengeGoalKindSchema,
    target: z.number(),
    campaignId: z.string().optional(),
  }),
  status: campaignStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string().optional(),
});
export type Challenge = z.infer<typeof challengeSchema>;

/** GET /api/v1/studio/challenges */
export const challengeListSchema = z.object({ items: z.array(challengeSchema) });
export type ChallengeList = z.infer<typeof challengeListSchema>;

/** Points a manager gives per kind of activity, and the cap on clicks per person, item and day. */
export const pointsRulesSchema = z
  .object({
    share: z.number().int().min(0).max(1000),
    click: z.number().int().min(0).max(1000),
    pollVote: z.number().int().min(0).max(1000),
    proposal: z.number().int().min(0).max(1000),
    learningModule: z.number().int().min(0).max(1000),
    clickCapPerItemPerDay: z.number().int().min(0).max(1000),
  })
  .strict();
export type PointsRules = z.infer<typeof pointsRulesSchema>;

export const badgeIds = [
  'first-share',
  'shares-10',
  'shares-50',
  'clicks-100',
  'clicks-1000',
  'polls-5',
  'first-proposal',
  'first-path',
  'paths-3',
  'challenge-finisher',
  'challenge-winner',
] as const;
export const badgeIdSchema = z.enum(badgeIds);
export type BadgeId = z.infer<typeof badgeIdSchema>;

export const badgeSchema = z.object({
  id: badgeIdSchema,
  awardedAt: z.string(),
  /** For challenge badges: which challenge, and for winners their place (1 to 3). */
  challengeId: z.string().optional(),
  challengeName: localizedSchema.optional(),
  place: z.number().int().optional(),
});
export type Badge = z.infer<typeof badgeSchema>;

/** GET /api/v1/me/points: what "my stats" shows. */
export const myPointsSchema = z.object({
  points: z.number().int(),
  /** Rank among all ambassadors of the programme; absent before the first point. */
  rank: z.number().int().optional(),
  badges: z.array(badgeSchema),
});
export type MyPoints = z.infer<typeof myPointsSchema>;

export const personStandingSchema = z.object({
  rank: z.number().int(),
  points: z.number().int(),
  /** Towards the challenge's goal; absent on the programme leaderboard. */
  progress: z.number().int().optional(),
  /** Absent for people who chose not to appear on leaderboards (unless it is the caller). */
  name: z.string().optional(),
  me: z.boolean(),
});
export type PersonStanding = z.infer<typeof personStandingSchema>;

export const groupStandingSchema = z.object({
  rank: z.number().int(),
  groupId: z.string(),
  name: localizedSchema,
  points: z.number().int(),
  /** Ambassadors in the group today; groups are ranked by points per ambassador (see `rankGroups`). */
  members: z.number().int(),
  pointsPerMember: z.number(),
});
export type GroupStanding = z.infer<typeof groupStandingSchema>;

/** GET /api/v1/leaderboard?challengeId=: the programme's or one challenge's standings. */
export const leaderboardSchema = z.object({
  people: z.array(personStandingSchema),
  /** The caller's own line, also when they are outside the top. */
  me: personStandingSchema.optional(),
  groups: z.array(groupStandingSchema),
});
export type Leaderboard = z.infer<typeof leaderboardSchema>;

export const leaderboardQuerySchema = z.object({ challengeId: idSchema.optional() }).strict();

/** GET /api/v1/challenges: the challenges open to the caller, with their own progress. */
export const myChallengeSchema = z.object({
  challenge: challengeSchema,
  progress: z.number().int(),
  points: z.number().int(),
  finished: z.boolean(),
});
export const myChallengesSchema = z.object({ items: z.array(myChallengeSchema) });
export type MyChallenges = z.infer<typeof myChallengesSchema>;
