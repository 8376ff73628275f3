import { z } from 'zod';

/**
 * A person's LinkedIn connection as the tab sees it (never the token). `available` is false when the organisation
 * has not registered a LinkedIn app: the status is then always `disconnected` and the tab offers nothing.
 */
export const linkedInConnectionSchema = z.object({
  available: z.boolean(),
  status: z.enum(['connected', 'expired', 'disconnected']),
  /** When LinkedIn stops accepting the token (about 60 days after connecting; there is no refresh). */
  expiresAt: z.iso.datetime().optional(),
});
export type LinkedInConnection = z.infer<typeof linkedInConnectionSchema>;
export type ConnectionStatus = LinkedInConnection['status'];

/** GET /api/v1/me/connections */
export const connectionsSchema = z.object({ linkedin: linkedInConnectionSchema });
export type Connections = z.infer<typeof connectionsSchema>;

/** POST /api/v1/me/connections/linkedin: where to send the person to let Ambassade post for them. */
export const connectLinkedInSchema = z.object({ authorizeUrl: z.string() });
export type ConnectLinkedIn = z.infer<typeof connectLinkedInSchema>;
