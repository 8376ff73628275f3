import { randomUUID } from 'node:crypto';
import {
  archiveQuerySchema,
  archiveVerificationSchema,
  followUpInputSchema,
  followUpResultSchema,
  legalHoldInputSchema,
  legalHoldSchema,
  retentionSchema,
  retentionSettingsSchema,
  supervisedShareListSchema,
  supervisionQuerySchema,
} from '@contract/compliance';
import type { ArchiveVerification, LegalHold, Retention, SupervisedShareList } from '@contract/compliance';
import { exportArchive } from '../../compliance/export-archive';
import { followUpShare, supervisedShares } from '../../compliance/supervision';
import { verifyArchive } from '../../compliance/verify-archive';
import { retentionOf } from '../../domain/archive/retention';
import type { ComplianceDoc, OrganisationDoc } from '../../domain/documents';
import { periodBounds } from '../../domain/period';
import type { Repositories } from '../../store/repositories';
import { ApiError } from '../api-error';
import { Reply, filesOnly, handler, idParams, noContent } from '../api-route';
import { recordAudit } from '../../compliance/record-audit';

/**
 * GET /api/v1/compliance/archive: the archive's records of a period, streamed as JSONL, EML or CSV, so that a
 * year of a large programme leaves in constant memory. Every export is audited.
 */
export const exportArchiveRoute = handler({
  answer: filesOnly,
  query: archiveQuerySchema,
  async handle({ principal, services, query }) {
    const range = periodBounds(query);
    await recordAudit(
      services.repositories,
      principal,
      'archive.exported',
      { type: 'archive', id: 'export' },
      {
        after: { format: query.format, ...range },
      },
    );
    const stem = `ambassade-archive-${(range.from ?? 'start').slice(0, 10)}-${(range.to ?? 'now').slice(0, 10)}`;
    const file = exportArchive(
      services.repositories.archive.records(principal.tenantId, range),
      query.format,
      stem,
    );
    return new Reply(file.chunks, {
      contentType: file.contentType,
      headers: {
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
        'Cache-Control': 'no-store',
      },
    });
  },
});

/** GET /api/v1/compliance/archive/verification: the whole chain walked, and the first record that fails. */
export const verifyArchiveRoute = handler({
  answer: archiveVerificationSchema,
  async handle({ principal, services }): Promise<ArchiveVerification> {
    const verification = await verifyArchive(services.repositories.archive, principal.tenantId, new Date());
    await recordAudit(
      services.repositories,
      principal,
      'archive.verified',
      { type: 'archive', id: 'chain' },
      {
        after: verification,
      },
    );
    return verification;
  },
});

/** GET /api/v1/compliance/shares: what ambassadors shared, for reviewers, newest first. */
export const listSupervisedShares = handler({
  answer: supervisedShareListSchema,
  query: supervisionQuerySchema,
  async handle({ principal, services, query, locale }): Promise<SupervisedShareList> {
    const { limit, continuationToken, personId, network, campaignId, words } = query;
    return supervisedShares(
      services.repositories,
      principal.tenantId,
      { ...periodBounds(query), personId, network, campaignId, words: words || undefined },
      { limit, ...(continuationToken ? { continuationToken } : {}) },
      locale,
    );
  },
});

/** POST /api/v1/compliance/shares/:recordId/follow-ups: a private note, and a kind word to the ambassador if wanted. */
export const followUpSupervisedShare = handler({
  answer: followUpResultSchema,
  params: idParams('recordId'),
  body: followUpInputSchema,
  async handle({ principal, services, params, body }) {
    const record = await services.repositories.archive.get(principal.tenantId, params.recordId);
    if (!record || record.type !== 'share' || record.purgedAt) {
      throw ApiError.notFound('compliance.shareNotArchived', 'This share is not in the archive.');
    }
    const outcome = await followUpShare(
      services.repositories,
      record,
      { tenantId: principal.tenantId, id: principal.objectId, name: principal.name, roles: principal.roles },
      body,
      new Date(),
    );
    return new Reply(outcome, { status: 201 });
  },
});

/** GET /api/v1/admin/retention: how long each kind of data is kept, the holds in force, the last purge. */
export const getRetentionSettings = handler({
  answer: retentionSchema,
  async handle({ principal, services }): Promise<Retention> {
    return retentionView(await services.repositories.organisations.find(principal.tenantId));
  },
});

/** PUT /api/v1/admin/retention: the administrator sets the periods; audited with before and after. */
export const updateRetentionSettings = handler({
  answer: retentionSchema,
  body: retentionSettingsSchema,
  async handle({ principal, services, body }): Promise<Retention> {
    const before = retentionOf(
      (await services.repositories.organisations.find(principal.tenantId))?.compliance,
    );
    const organisation = await changeCompliance(services.repositories, principal.tenantId, (compliance) => ({
      ...compliance,
      retention: { ...body, updatedAt: new Date().toISOString(), updatedBy: principal.objectId },
    }));
    await recordAudit(
      services.repositories,
      principal,
      'retention.updated',
      {
        type: 'retention',
        id: principal.tenantId,
      },
      { before, after: body },
    );
    return retentionView(organisation);
  },
});

/** POST /api/v1/admin/legal-holds: keeps what a person, a campaign or a period produced, whatever retention says. */
export const placeLegalHold = handler({
  answer: legalHoldSchema,
  body: legalHoldInputSchema,
  async handle({ principal, services, body }) {
    const hold: LegalHold = {
      id: randomUUID(),
      ...body,
      placedAt: new Date().toISOString(),
      placedBy: { id: principal.objectId, name: principal.name },
    };
    await changeCompliance(services.repositories, principal.tenantId, (compliance) => ({
      ...compliance,
      holds: [...(compliance.holds ?? []), hold],
    }));
    await recordAudit(
      services.repositories,
      principal,
      'legal-hold.placed',
      { type: 'legal-hold', id: hold.id },
      {
        after: hold,
      },
    );
    return new Reply(hold, { status: 201 });
  },
});

/** DELETE /api/v1/admin/legal-holds/:holdId: lifts a hold; what it kept goes back to its retention. */
export const liftLegalHold = handler({
  answer: noContent,
  params: idParams('holdId'),
  async handle({ principal, services, params }) {
    const held =
      (await services.repositories.organisations.find(principal.tenantId))?.compliance?.holds ?? [];
    const hold = held.find((candidate) => candidate.id === params.holdId);
    if (!hold) throw ApiError.notFound('compliance.holdNotFound', 'There is no such legal hold.');
    await changeCompliance(services.repositories, principal.tenantId, (compliance) => ({
      ...compliance,
      holds: (compliance.holds ?? []).filter((candidate) => candidate.id !== hold.id),
    }));
    await recordAudit(
      services.repositories,
      principal,
      'legal-hold.lifted',
      { type: 'legal-hold', id: hold.id },
      {
        before: hold,
      },
    );
    return new Reply(undefined, { status: 204 });
  },
});

/** Changes the tenant's compliance settings; the programme must be set up for the tenant. */
async function changeCompliance(
  repositories: Repositories,
  tenantId: string,
  change: (compliance: ComplianceDoc) => ComplianceDoc,
): Promise<OrganisationDoc> {
  const organisation = await repositories.organisations.update(tenantId, tenantId, (current) => ({
    ...current,
    compliance: change(current.compliance ?? {}),
  }));
  if (!organisation) {
    throw ApiError.notFound(
      'organisation.notSetUp',
      'The programme is not set up for your organisation yet; an administrator sets it up.',
    );
  }
  return organisation;
}

function retentionView(organisation: OrganisationDoc | undefined): Retention {
  const compliance = organisation?.compliance;
  return {
    settings: retentionOf(compliance),
    holds: compliance?.holds ?? [],
    ...(compliance?.lastPurge ? { lastPurge: compliance.lastPurge } : {}),
    ...(compliance?.exportedThrough ? { exportedThrough: compliance.exportedThrough } : {}),
  };
}
