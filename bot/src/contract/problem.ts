import { z } from 'zod';
import { problemCodes } from './problem-codes';

export const problemCodeSchema = z.enum(problemCodes);
export const problemParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

/** One invalid field: its code (with what its text quotes) to translate, `message` in English for logs. */
const fieldErrorSchema = z.object({
  field: z.string(),
  code: problemCodeSchema,
  params: problemParamsSchema.optional(),
  message: z.string(),
});

/**
 * RFC 9457 problem details, as every API error is answered: `code` (and `params`) say why in a form a client
 * translates, `detail` says it in English for logs and API clients. `errors` names each invalid field.
 */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: problemCodeSchema,
  params: problemParamsSchema.optional(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(fieldErrorSchema).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

/** Problem types the tab recognises and acts on; any other problem has `about:blank`. */
export const problemTypes = {
  /** Joining or sharing needs the current major charter version accepted first. */
  charterAcceptanceRequired: '/problems/charter-acceptance-required',
  /** Only ambassadors share; an employee is led to the charter and joining. */
  notAnAmbassador: '/problems/not-an-ambassador',
} as const;
export type ProblemType = (typeof problemTypes)[keyof typeof problemTypes];
