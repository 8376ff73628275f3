import { z } from 'zod';

/**
 * GET /api/v1/client-config (no sign-in needed): how the tab signs a person in outside Teams.
 * `dev` exists only on a local run; `entra` carries what MSAL needs.
 */
export const clientConfigSchema = z.discriminatedUnion('signIn', [
  z.object({ signIn: z.literal('dev'), signInUrl: z.string() }),
  z.object({ signIn: z.literal('entra'), clientId: z.string(), authority: z.string(), scope: z.string() }),
]);
export type ClientConfig = z.infer<typeof clientConfigSchema>;
