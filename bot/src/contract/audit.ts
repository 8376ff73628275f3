import { z } from 'zod';
import { instantSchema, periodInOrder } from './instant';
import { pageQuerySchema, pageSchema } from './people';
import { localizedSchema } from './localized';

/** GET /api/v1/audit: every filter is optional; `to` is exclusive for an instant, inclusive for a day. */
export const auditQuerySchema = pageQuerySchema
  .extend({
    entityType: z.string().trim().max(50).optional(),
    entityId: z.string().trim().max(200).optional(),
    actorId: z.string().trim().max(200).optional(),
    action: z.string().trim().max(100).optional(),
    from: instantSchema.optional(),
    to: instantSchema.optional(),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .refine(...periodInOrder);
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditRecordSchema = z.object({
  id: z.string(),
  at: z.string(),
  /** An empty name is a person who asked for erasure: their name is not kept. */
  actor: z.object({ id: z.string(), name: z.string(), roles: z.array(z.string()) }),
  /** `entity.verb`, e.g. `group.created`, `charter.published`, `person.erased`. */
  action: z.string(),
  entity: z.object({ type: z.string(), id: z.string(), title: localizedSchema.optional() }),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type AuditRecord = z.infer<typeof auditRecordSchema>;

export const auditListSchema = pageSchema(auditRecordSchema);
export type AuditList = z.infer<typeof auditListSchema>;
