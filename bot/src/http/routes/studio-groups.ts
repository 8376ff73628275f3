import { randomUUID } from 'node:crypto';
import { saveGroupSchema, studioGroupListSchema, studioGroupSchema } from '@contract/groups';
import type { StudioGroup, StudioGroupList } from '@contract/groups';
import type { GroupDoc } from '../../domain/documents';
import { ApiError } from '../api-error';
import { Reply, handler, idParams, noContent, versionHeader } from '../api-route';
import { recordAudit } from '../../compliance/record-audit';
import { removeFromGroup, requireGroup } from './group-membership';

export const listGroups = handler({
  answer: studioGroupListSchema,
  async handle({ principal, services }): Promise<StudioGroupList> {
    const { groups, people } = services.repositories;
    const docs = await groups.list(principal.tenantId);
    const counts = await Promise.all(docs.map((group) => people.countInGroup(principal.tenantId, group.id)));
    return {
      items: docs
        .map((group, index) => toStudioGroup(group, counts[index] ?? 0))
        .sort((a, b) => a.name.en.localeCompare(b.name.en)),
      entraSync: services.directory !== undefined,
    };
  },
});

export const createGroup = handler({
  answer: studioGroupSchema,
  body: saveGroupSchema,
  async handle({ principal, services, body }) {
    const group: GroupDoc = {
      id: `group-${randomUUID()}`,
      tenantId: principal.tenantId,
      name: body.name,
      kind: body.kind,
      createdAt: new Date().toISOString(),
    };
    await services.repositories.groups.upsert(group);
    await recordAudit(
      services.repositories,
      principal,
      'group.created',
      { type: 'group', id: group.id },
      {
        after: { name: group.name, kind: group.kind },
      },
    );
    return new Reply(toStudioGroup(group, 0), { status: 201 });
  },
});

/** Renames a group or changes its kind; its members stay. */
export const updateGroup = handler({
  answer: studioGroupSchema,
  params: idParams('groupId'),
  body: saveGroupSchema,
  async handle({ principal, services, params, body, ifMatch }) {
    const { groups, people } = services.repositories;
    const before = await requireGroup(services.repositories, principal.tenantId, params.groupId);
    const saved = await groups.updateVersioned(
      principal.tenantId,
      before.id,
      (current) => ({ ...current, name: body.name, kind: body.kind }),
      ifMatch,
    );
    if (!saved) throw ApiError.notFound('group.notFound', 'This group does not exist, or was deleted.');
    const after = saved.document;
    await recordAudit(
      services.repositories,
      principal,
      'group.updated',
      { type: 'group', id: after.id },
      {
        before: { name: before.name, kind: before.kind },
        after: { name: after.name, kind: after.kind },
      },
    );
    return new Reply(toStudioGroup(after, await people.countInGroup(principal.tenantId, after.id)), {
      headers: { ETag: versionHeader(saved.version) },
    });
  },
});

/**
 * Deletes a group after taking everyone out of it. A group a campaign still targets is kept: deleting it
 * would silently change who the campaign reaches.
 */
export const deleteGroup = handler({
  answer: noContent,
  params: idParams('groupId'),
  async handle({ principal, services, params }) {
    const { repositories } = services;
    const group = await requireGroup(repositories, principal.tenantId, params.groupId);
    const targeting = (await repositories.campaigns.list(principal.tenantId)).filter((campaign) =>
      campaign.audience.groupIds.includes(group.id),
    );
    if (targeting.length > 0) {
      throw new ApiError(
        409,
        'group.targeted',
        `Campaigns target this group: ${targeting.map((campaign) => campaign.name.en).join(', ')}. Change their audience first.`,
      );
    }
    const memberIds = await repositories.people.memberIds(principal.tenantId, group.id);
    // Members first: should this stop half way, the group is still there and deleting it again finishes.
    await removeFromGroup(repositories, principal.tenantId, group.id, memberIds);
    await repositories.groups.delete(principal.tenantId, group.id);
    await recordAudit(
      repositories,
      principal,
      'group.deleted',
      { type: 'group', id: group.id },
      {
        before: { name: group.name, kind: group.kind, members: memberIds.length },
      },
    );
    return new Reply(undefined, { status: 204 });
  },
});

export function toStudioGroup(group: GroupDoc, memberCount: number): StudioGroup {
  return {
    id: group.id,
    name: group.name,
    kind: group.kind,
    memberCount,
    ...(group.entraGroupId ? { entraGroupId: group.entraGroupId } : {}),
    ...(group.entraSyncedAt ? { entraSyncedAt: group.entraSyncedAt } : {}),
  };
}
