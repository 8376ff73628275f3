import { entraSyncReportSchema, entraSyncSchema } from '@contract/groups';
import type { EntraSyncReport } from '@contract/groups';
import { membershipDiff, personFromDirectory, withGroup } from '../../domain/group-membership';
import type { DirectoryUser } from '../../domain/group-membership';
import { GraphError } from '../../external/microsoft-graph';
import { ApiError } from '../api-error';
import { handler, idParams } from '../api-route';
import { recordAudit } from '../../compliance/record-audit';
import { addToGroup, removeFromGroup, requireGroup } from './group-membership';

/**
 * Makes a group mirror an Entra ID group (nested groups included): its users join, members no longer in it
 * leave. Users the programme has not met yet are created as people outside the programme (as their first
 * sign-in would), so campaigns targeting the group reach them once they open the app; joining stays theirs.
 */
export const syncFromEntra = handler({
  answer: entraSyncReportSchema,
  params: idParams('groupId'),
  body: entraSyncSchema,
  async handle({ principal, accessToken, services, params, body, locale }): Promise<EntraSyncReport> {
    const { repositories, directory } = services;
    const tenantId = principal.tenantId;
    const group = await requireGroup(repositories, tenantId, params.groupId);
    if (!directory) {
      throw new ApiError(
        409,
        'entraSync.notConfigured',
        'Microsoft Graph is not configured: an administrator sets GRAPH_MODE first.',
      );
    }
    const entraGroupId = (body.entraGroupId ?? group.entraGroupId)?.toLowerCase();
    if (!entraGroupId) {
      throw new ApiError(400, 'entraSync.groupRequired', 'Give the Entra ID group to synchronise from.', {
        errors: [
          {
            field: 'body.entraGroupId',
            code: 'field.entraGroupRequired',
            message: 'required the first time',
          },
        ],
      });
    }

    let users: DirectoryUser[];
    try {
      users = await directory.groupUsers(entraGroupId, { tenantId, accessToken });
    } catch (error) {
      if (!(error instanceof GraphError)) throw error;
      if (error.failure === 'group-not-found') {
        throw new ApiError(404, 'entraSync.groupNotFound', error.message, {
          errors: [
            { field: 'body.entraGroupId', code: 'field.noSuchEntraGroup', message: 'no such Entra ID group' },
          ],
        });
      }
      if (error.failure === 'forbidden') throw new ApiError(502, 'entraSync.forbidden', error.message);
      throw new ApiError(503, 'entraSync.unavailable', error.message);
    }

    const now = new Date();
    const directoryIds = users.map((user) => user.id);
    const known = new Set(
      (await repositories.people.findKnown(tenantId, directoryIds, [])).map((person) => person.id),
    );
    const newcomers = users.filter((user) => !known.has(user.id));
    for (const user of newcomers) {
      await repositories.people.upsert(
        withGroup(personFromDirectory(user, tenantId, locale, now), group.id, now),
      );
    }
    const { toAdd, toRemove } = membershipDiff(
      await repositories.people.memberIds(tenantId, group.id),
      directoryIds,
    );
    const { added } = await addToGroup(repositories, tenantId, group.id, toAdd);
    const removed = await removeFromGroup(repositories, tenantId, group.id, toRemove);
    const syncedAt = now.toISOString();
    await repositories.groups.update(tenantId, group.id, (current) => ({
      ...current,
      entraGroupId,
      entraSyncedAt: syncedAt,
    }));

    const report: EntraSyncReport = {
      entraGroupId,
      members: users.length,
      added: added + newcomers.length,
      removed,
      created: newcomers.length,
      syncedAt,
    };
    await recordAudit(
      repositories,
      principal,
      'group.entra-synced',
      { type: 'group', id: group.id },
      {
        before: { entraGroupId: group.entraGroupId },
        after: report,
      },
    );
    return report;
  },
});
