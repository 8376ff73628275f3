import { auditListSchema, auditQuerySchema } from '@contract/audit';
import type { AuditQuery, AuditRecord } from '@contract/audit';
import type { AuditRecordDoc } from '../../domain/documents';
import type { AuditFilters } from '../../store/audit-repository';
import { handler, Reply } from '../api-route';
import { toCsv } from '../../domain/csv';
import { periodBounds } from '../../domain/period';

const CSV_PAGE_SIZE = 100;

/** Who did what, newest first, filtered and paged; `?format=csv` downloads every matching record. */
export const listAudit = handler({
  answer: auditListSchema,
  query: auditQuerySchema,
  async handle({ principal, services, query }) {
    const { audit } = services.repositories;
    const filters = toFilters(query);
    if (query.format === 'json') {
      const page = await audit.page(principal.tenantId, filters, query.limit, query.continuationToken);
      return {
        items: page.items.map(toRecord),
        ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}),
      };
    }
    const all: AuditRecordDoc[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await audit.page(principal.tenantId, filters, CSV_PAGE_SIZE, continuationToken);
      all.push(...page.items);
      continuationToken = page.continuationToken;
    } while (continuationToken);
    const json = (value: unknown) => (value === undefined ? '' : JSON.stringify(value));
    const csv = toCsv(all, [
      { header: 'at', value: (r) => r.at },
      { header: 'actor_id', value: (r) => r.actor.id },
      { header: 'actor_name', value: (r) => r.actor.name },
      { header: 'actor_roles', value: (r) => r.actor.roles.join(' ') },
      { header: 'action', value: (r) => r.action },
      { header: 'entity_type', value: (r) => r.entity.type },
      { header: 'entity_id', value: (r) => r.entity.id },
      { header: 'entity_title_fr', value: (r) => r.entity.title?.fr ?? '' },
      { header: 'entity_title_en', value: (r) => r.entity.title?.en ?? '' },
      { header: 'before', value: (r) => json(r.before) },
      { header: 'after', value: (r) => json(r.after) },
    ]);
    return new Reply(csv, {
      contentType: 'text/csv; charset=utf-8',
      headers: { 'Content-Disposition': 'attachment; filename="audit-log.csv"', 'Cache-Control': 'no-store' },
    });
  },
});

function toFilters(query: AuditQuery): AuditFilters {
  return {
    entityType: query.entityType || undefined,
    entityId: query.entityId || undefined,
    actorId: query.actorId || undefined,
    action: query.action || undefined,
    ...periodBounds(query),
  };
}

function toRecord(doc: AuditRecordDoc): AuditRecord {
  return {
    id: doc.id,
    at: doc.at,
    actor: doc.actor,
    action: doc.action,
    entity: doc.entity,
    ...(doc.before === undefined ? {} : { before: doc.before }),
    ...(doc.after === undefined ? {} : { after: doc.after }),
  };
}
