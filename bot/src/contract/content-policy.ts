import { z } from 'zod';
import { codedRule } from './problem-codes';
import { guardrailsSchema } from './guardrails';
import { localeSchema } from './locale-schemas';
import { networkSchema } from './network-schema';

/** A hundred million tokens: far beyond any programme's month, low enough to catch a slipped zero. */
export const MAX_MONTHLY_TOKENS = 100_000_000;

const termSchema = z.string().trim().min(1).max(100);
const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9-]+\.)*[a-z0-9-]+$/, 'must be a domain such as example.com');

/** The guardrails an administrator sets for one network in one language. */
export const guardrailRuleInputSchema = z
  .object({
    network: networkSchema,
    language: localeSchema,
    maxLength: z.number().int().min(1).max(100_000),
    disclosure: z.string().trim().max(100),
    bannedTerms: z.array(termSchema).max(200),
    allowedLinkDomains: z.array(domainSchema).max(100),
  })
  .strict();

/** PUT /api/v1/admin/content-policy: the four-eyes switch and the guardrails, per network and language. */
export const contentPolicyInputSchema = z
  .object({
    fourEyes: z.boolean(),
    guardrails: z
      .array(guardrailRuleInputSchema)
      .max(20)
      .refine(
        (rules) => new Set(rules.map((rule) => `${rule.network}:${rule.language}`)).size === rules.length,
        codedRule('field.oneRulePerNetworkAndLanguage', 'one rule per network and language'),
      ),
    /** Tokens the writing help may use per month in the organisation (0 turns it off); the default if absent. */
    writingHelpMonthlyTokens: z.number().int().min(0).max(MAX_MONTHLY_TOKENS).optional(),
  })
  .strict();
export type ContentPolicyInput = z.infer<typeof contentPolicyInputSchema>;

export const guardrailRuleSchema = guardrailsSchema.extend({
  network: networkSchema,
  language: localeSchema,
  /** False while the administrator has not set this rule: the built-in defaults apply. */
  custom: z.boolean(),
});
export type GuardrailRule = z.infer<typeof guardrailRuleSchema>;

/** GET /api/v1/studio/content-policy: the rules in force for every network and language. */
export const contentPolicySchema = z.object({
  fourEyes: z.boolean(),
  guardrails: z.array(guardrailRuleSchema),
  /** The writing help's monthly cap in tokens, and what this month (UTC) has used of it. */
  writingHelp: z.object({ monthlyTokens: z.number().int(), usedThisMonth: z.number().int() }),
});
export type ContentPolicy = z.infer<typeof contentPolicySchema>;
