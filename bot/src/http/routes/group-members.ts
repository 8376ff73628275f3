import {
  addMembersSchema,
  csvCellField,
  groupMembersListSchema,
  importMembersSchema,
  importReportSchema,
  membershipChangeSchema,
} from '@contract/groups';
import type { GroupMembersList, ImportReport, MembershipChange } from '@contract/groups';
import { pageQuerySchema } from '@contract/people';
import { csvIssueReason, readMemberCsv, resolveMemberRows } from '../../domain/member-csv';
import type { CsvIssue } from '../../domain/member-csv';
import { ApiError } from '../api-error';
import { Reply, handler, idParams, noContent } from '../api-route';
import { recordAudit } from '../../compliance/record-audit';
import { addToGroup, removeFromGroup, requireGroup } from './group-membership';
import { toPersonSummary } from './studio-people';

export const listMembers = handler({
  answer: groupMembersListSchema,
  params: idParams('groupId'),
  query: pageQuerySchema,
  async handle({ principal, services, params, query }): Promise<GroupMembersList> {
    const group = await requireGroup(services.repositories, principal.tenantId, params.groupId);
    const page = await services.repositories.people.inGroup(
      principal.tenantId,
      group.id,
      query.limit,
      query.continuationToken,
    );
    return {
      items: page.items.map(toPersonSummary),
      ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}),
    };
  },
});

/** People picked by hand (found by name); every id must be someone of the organisation. */
export const addMembers = handler({
  answer: membershipChangeSchema,
  params: idParams('groupId'),
  body: addMembersSchema,
  async handle({ principal, services, params, body }): Promise<MembershipChange> {
    const { repositories } = services;
    const group = await requireGroup(repositories, principal.tenantId, params.groupId);
    const personIds = [...new Set(body.personIds)];
    const known = new Set(
      (await repositories.people.findKnown(principal.tenantId, personIds, [])).map((person) => person.id),
    );
    const unknown = personIds.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new ApiError(400, 'group.unknownPeople', 'Some of these people are not in your organisation.', {
        errors: [
          {
            field: 'body.personIds',
            code: 'field.noSuchPeople',
            params: { ids: unknown.join(', ') },
            message: `unknown: ${unknown.join(', ')}`,
          },
        ],
      });
    }
    const change = await addToGroup(repositories, principal.tenantId, group.id, personIds);
    await recordAudit(
      repositories,
      principal,
      'group.members-added',
      { type: 'group', id: group.id },
      {
        after: { personIds },
      },
    );
    return change;
  },
});

export const removeMember = handler({
  answer: noContent,
  params: idParams('groupId', 'personId'),
  async handle({ principal, services, params }) {
    const { repositories } = services;
    const group = await requireGroup(repositories, principal.tenantId, params.groupId);
    const personId = params.personId;
    if (!(await repositories.people.memberIds(principal.tenantId, group.id)).includes(personId)) {
      throw ApiError.notFound('group.notMember', 'This person is not a member of the group.');
    }
    await removeFromGroup(repositories, principal.tenantId, group.id, [personId]);
    await recordAudit(
      repositories,
      principal,
      'group.member-removed',
      { type: 'group', id: group.id },
      {
        after: { personId },
      },
    );
    return new Reply(undefined, { status: 204 });
  },
});

/**
 * Members from a CSV file: every row is read and matched to a person of the organisation first; if any row
 * is wrong, nothing is imported and each problem is named by row and column.
 */
export const importMembers = handler({
  answer: importReportSchema,
  params: idParams('groupId'),
  body: importMembersSchema,
  async handle({ principal, services, params, body }): Promise<ImportReport> {
    const { repositories } = services;
    const group = await requireGroup(repositories, principal.tenantId, params.groupId);
    const reading = readMemberCsv(body.csv);
    if (!reading.ok) throw refused(reading.issues);
    const known = await repositories.people.findKnown(
      principal.tenantId,
      reading.rows.flatMap((row) => (row.objectId ? [row.objectId] : [])),
      reading.rows.flatMap((row) => (row.email ? [row.email] : [])),
    );
    const resolution = resolveMemberRows(reading.rows, known, reading.columnNames);
    if (!resolution.ok) throw refused(resolution.issues);

    const change = await addToGroup(repositories, principal.tenantId, group.id, resolution.personIds);
    await recordAudit(
      repositories,
      principal,
      'group.members-imported',
      { type: 'group', id: group.id },
      {
        after: { rows: reading.rows.length, ...change },
      },
    );
    return { ...change, duplicateRows: resolution.duplicateRows };
  },
});

function refused(issues: CsvIssue[]): ApiError {
  const rows = new Set(issues.map((issue) => issue.row)).size;
  return new ApiError(400, 'csv.rowsToCorrect', `Nothing was imported: ${rows} row(s) to correct.`, {
    params: { count: rows },
    errors: issues.map((issue) => ({
      field: csvCellField(issue.row, issue.column),
      ...csvIssueReason(issue),
    })),
  });
}
