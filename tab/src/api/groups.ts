import type {
  EntraSyncReport,
  GroupMembersList,
  ImportReport,
  MembershipChange,
  SaveGroup,
  StudioGroup,
  StudioGroupList,
} from '@contract/groups';
import type { PeopleList } from '@contract/people';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

// Managers and administrators only; others get a 403.

const GROUPS = '/api/v1/studio/groups';
const groupPath = (groupId: string) => `${GROUPS}/${encodeURIComponent(groupId)}`;

export function groupsQuery(): ApiQuery<StudioGroupList> {
  return apiQuery<StudioGroupList>(GROUPS);
}

export function createGroup(group: SaveGroup): Promise<StudioGroup> {
  return apiRequest<StudioGroup>(GROUPS, {
    method: 'POST',
    changes: [GROUPS, '/api/v1/organisation'],
    body: group,
  });
}

export function updateGroup(groupId: string, group: SaveGroup): Promise<StudioGroup> {
  return apiRequest<StudioGroup>(groupPath(groupId), {
    method: 'PUT',
    changes: [GROUPS, '/api/v1/organisation'],
    body: group,
  });
}

export function deleteGroup(groupId: string): Promise<undefined> {
  return apiRequest<undefined>(groupPath(groupId), {
    method: 'DELETE',
    changes: [GROUPS, '/api/v1/organisation'],
  });
}

export function membersQuery(
  groupId: string,
  page: { limit: number; continuationToken?: string },
): ApiQuery<GroupMembersList> {
  const params = new URLSearchParams({ limit: String(page.limit) });
  if (page.continuationToken) params.set('continuationToken', page.continuationToken);
  return apiQuery<GroupMembersList>(`${groupPath(groupId)}/members?${params.toString()}`);
}

export function addMembers(groupId: string, personIds: string[]): Promise<MembershipChange> {
  return apiRequest<MembershipChange>(`${groupPath(groupId)}/members`, {
    method: 'POST',
    changes: [GROUPS],
    body: { personIds },
  });
}

export function removeMember(groupId: string, personId: string): Promise<undefined> {
  return apiRequest<undefined>(`${groupPath(groupId)}/members/${encodeURIComponent(personId)}`, {
    method: 'DELETE',
    changes: [GROUPS],
  });
}

/** The file's text as read; the API checks every row and imports all of them or none. */
export function importMembers(groupId: string, csv: string): Promise<ImportReport> {
  return apiRequest<ImportReport>(`${groupPath(groupId)}/members/import`, {
    method: 'POST',
    changes: [GROUPS],
    body: { csv },
  });
}

export function syncFromEntra(groupId: string, entraGroupId?: string): Promise<EntraSyncReport> {
  return apiRequest<EntraSyncReport>(`${groupPath(groupId)}/entra-sync`, {
    method: 'POST',
    changes: [GROUPS],
    body: entraGroupId ? { entraGroupId } : {},
  });
}

/** People whose name or email contains the text. */
export function peopleSearchQuery(text: string): ApiQuery<PeopleList> {
  const params = new URLSearchParams({ q: text, limit: '10' });
  return apiQuery<PeopleList>(`/api/v1/studio/people?${params.toString()}`);
}
