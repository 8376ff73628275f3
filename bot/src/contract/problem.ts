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
