import { z } from 'zod';

/** A text people read in French and in English; both are required and trimmed. */
export function localizedTextSchema(maxLength: number) {
  const text = z.string().trim().min(1, 'required').max(maxLength);
  return z.object({ fr: text, en: text }).strict();
}

/** The same, where either language may stay empty (the other is shown instead). */
export function optionalLocalizedTextSchema(maxLength: number) {
  const text = z.string().trim().max(maxLength);
  return z.object({ fr: text, en: text }).strict();
}

export const localizedSchema = z.object({ fr: z.string(), en: z.string() });
