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

/**
 * The audit log grows until its retention ends: records are created, deleted only by the retention purge, and
 * replaced in one case only: erasure takes the person's name and id out of the records about their own
 * participation (see `pseudonymiseSubject`).
 */
export class AuditRepository extends TenantRepository<AuditRecordDoc> {
  async append(record: Omit<AuditRecordDoc, 'id'>): Promise<void> {
    await this.container.items.create({ id: randomUUID(), ...record });
  }

  /**
   * Records about a person (entity `person`, their id) move to a pseudonym, and lose the name where the person
   * was the actor. What they did to other entities (e.g. as a reviewer) stays as it is: the programme must keep
   * that trail, as compliance rules require.
   */
  async pseudonymiseSubject(tenantId: string, personId: string, pseudonym: string): Promise<void> {
    const records = await this.queryAll(
      tenantId,
      "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.entity.type = 'person' AND c.entity.id = @personId",
      [
        { name: '@tenantId', value: tenantId },
        { name: '@personId', value: personId },
      ],
    );
    for (const record of records) {
      await this.update(tenantId, record.id, (current) => ({
        ...current,
        entity: { ...current.entity, id: pseudonym },
        actor: current.actor.id === personId ? { id: pseudonym, name: '', roles: [] } : current.actor,
      }));
    }
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

  /** The records about any of these entities, oldest first: e.g. the follow-ups of a page of shares. */
  aboutEntities(
    tenantId: string,
    entityType: string,
    entityIds: readonly string[],
  ): Promise<AuditRecordDoc[]> {
    if (entityIds.length === 0) return Promise.resolve([]);
    return this.queryAll(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.entity.type = @entityType AND ARRAY_CONTAINS(@entityIds, c.entity.id) ORDER BY c.at',
      [
        { name: '@tenantId', value: tenantId },
        { name: '@entityType', value: entityType },
        { name: '@entityIds', value: [...entityIds] },
      ],
    );
  }

  /** Records from before `before`, except those `keep` spares (a legal hold). */
  purgeBefore(tenantId: string, before: string, keep: (record: AuditRecordDoc) => boolean): Promise<number> {
    return this.deleteSelected(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.at < @before',
      [
        { name: '@tenantId', value: tenantId },
        { name: '@before', value: before },
      ],
      keep,
    );
  }
}
