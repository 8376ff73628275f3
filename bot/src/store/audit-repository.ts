import { randomUUID } from 'node:crypto';
import type { AuditRecordDoc } from '../domain/documents';
import { TenantRepository } from './tenant-repository';
import type { Page } from './tenant-repository';

export interface AuditFilters {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** The audit log only grows: records are created, never replaced or deleted. */
export class AuditRepository extends TenantRepository<AuditRecordDoc> {
  async append(record: Omit<AuditRecordDoc, 'id'>): Promise<void> {
    await this.container.items.create({ id: randomUUID(), ...record });
  }

  page(
    tenantId: string,
    filters: AuditFilters,
    limit: number,
    continuationToken?: string,
  ): Promise<Page<AuditRecordDoc>> {
    const conditions = ['c.tenantId = @tenantId'];
    const parameters = [{ name: '@tenantId', value: tenantId }];
    const add = (condition: string, name: string, value: string | undefined) => {
      if (!value) return;
      conditions.push(condition);
      parameters.push({ name, value });
    };
    add('c.entity.type = @entityType', '@entityType', filters.entityType);
    add('c.entity.id = @entityId', '@entityId', filters.entityId);
    add('c.actor.id = @actorId', '@actorId', filters.actorId);
    add('c.action = @action', '@action', filters.action);
    add('c.at >= @from', '@from', filters.from);
    add('c.at < @to', '@to', filters.to);
    return this.queryPage(
      tenantId,
      `SELECT * FROM c WHERE ${conditions.join(' AND ')} ORDER BY c.at DESC`,
      parameters,
      limit,
      continuationToken,
    );
  }
}
