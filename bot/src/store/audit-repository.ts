import { randomUUID } from 'node:crypto';
import type { AuditRecordDoc } from '../domain/documents';
import { SqlFilter } from './sql-filter';
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
    const filter = new SqlFilter(tenantId)
      .whereGiven('c.entity.type = @entityType', '@entityType', filters.entityType)
      .whereGiven('c.entity.id = @entityId', '@entityId', filters.entityId)
      .whereGiven('c.actor.id = @actorId', '@actorId', filters.actorId)
      .whereGiven('c.action = @action', '@action', filters.action)
      .whereGiven('c.at >= @from', '@from', filters.from)
      .whereGiven('c.at < @to', '@to', filters.to);
    return this.queryPage(tenantId, filter.select('c.at DESC'), filter.parameters, limit, continuationToken);
  }
}
