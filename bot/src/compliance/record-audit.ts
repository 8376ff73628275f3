import type { Principal } from '../identity/principal';
import type { AuditRecordDoc } from '../domain/documents';
import type { Repositories } from '../store/repositories';

/** Appends who did what to which entity, with the state before and after, to the tenant's audit log. */
export function recordAudit(
  repositories: Pick<Repositories, 'audit'>,
  principal: Principal,
  action: string,
  entity: AuditRecordDoc['entity'],
  change: { before?: unknown; after?: unknown } = {},
): Promise<void> {
  return repositories.audit.append({
    tenantId: principal.tenantId,
    at: new Date().toISOString(),
    actor: { id: principal.objectId, name: principal.name, roles: principal.roles },
    action,
    entity,
    ...change,
  });
}
