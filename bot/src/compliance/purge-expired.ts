import type { PurgeReport } from '@contract/compliance';
import { holdOn, retentionCutoffs, retentionOf } from '../domain/archive/retention';
import type { Repositories } from '../store/repositories';

/** Who the audit log names for what the retention purge did. */
export const PURGE_ACTOR = { id: 'retention-purge', name: 'Retention purge', roles: [] };

/**
 * Removes what is past its time in one tenant, kind by kind, and spares whatever a legal hold covers: archive
 * records lose their content (their place in the chain stays), the rest is deleted. The report is kept with
 * the settings and written to the audit log.
 */
export async function purgeExpired(
  repositories: Pick<
    Repositories,
    'organisations' | 'archive' | 'activity' | 'audit' | 'outbox' | 'feedNotices' | 'people'
  >,
  tenantId: string,
  now: Date,
): Promise<PurgeReport> {
  const compliance = (await repositories.organisations.find(tenantId))?.compliance;
  const holds = compliance?.holds ?? [];
  const cutoffs = retentionCutoffs(retentionOf(compliance), now);
  const held = (at: string, personIds: string[], campaignId?: unknown) =>
    holdOn(holds, {
      at,
      personIds,
      ...(typeof campaignId === 'string' ? { campaignId } : {}),
    }) !== undefined;

  const report: PurgeReport = {
    at: now.toISOString(),
    archiveRecords: await repositories.archive.purgeBefore(
      tenantId,
      cutoffs.archive,
      (record) => held(record.at, [record.personId], record.details['campaignId']),
      now,
    ),
    activity: await repositories.activity.purgeBefore(tenantId, cutoffs.activity, (event) =>
      held(event.at, [event.personId], event.campaignId),
    ),
    audit: await repositories.audit.purgeBefore(tenantId, cutoffs.audit, (record) =>
      held(record.at, [record.actor.id, record.entity.id]),
    ),
    // Activity feed notifications are messages too, kept as long as the bot's.
    outbox:
      (await repositories.outbox.purgeSettledBefore(tenantId, cutoffs.outbox)) +
      (await repositories.feedNotices.purgeSettledBefore(tenantId, cutoffs.outbox)),
    leavers: await repositories.people.purgeLeaversBefore(tenantId, cutoffs.leavers, (person) =>
      held(person.enrolment.since ?? person.updatedAt, [person.id]),
    ),
  };
  await repositories.organisations.update(tenantId, tenantId, (organisation) => ({
    ...organisation,
    compliance: { ...organisation.compliance, lastPurge: report },
  }));
  await repositories.audit.append({
    tenantId,
    at: report.at,
    actor: PURGE_ACTOR,
    action: 'retention.purged',
    entity: { type: 'retention', id: tenantId },
    after: { ...report, cutoffs },
  });
  return report;
}
