import { z } from 'zod';

/** RFC 9457 problem details, as every API error is answered. `errors` names each invalid field. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
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
