import { z } from 'zod';

/** Entra ID app roles carried in the token's `roles` claim. Every signed-in person is also an employee. */
export const appRoleSchema = z.enum(['Programme.Manager', 'Programme.Reviewer', 'Programme.Admin']);
export type AppRole = z.infer<typeof appRoleSchema>;
export const appRoles = appRoleSchema.options;
