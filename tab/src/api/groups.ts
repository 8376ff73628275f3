import { z } from 'zod';
import {
  entraSyncReportSchema,
  groupMembersListSchema,
  importReportSchema,
  membershipChangeSchema,
  studioGroupListSchema,
  studioGroupSchema,
} from '@contract/groups';
import type {
  EntraSyncReport,
  GroupMembersList,
  ImportReport,
  MembershipChange,
  SaveGroup,
  StudioGroup,
  StudioGroupList,
} from '@contract/groups';
import { peopleListSchema } from '@contract/people';
import type { PeopleList } from '@contract/people';
import { apiRequest } from './apiRequest';

// Managers and administrators only; others get a 403.

const groupPath = (groupId: string) => `/api/v1/studio/groups/${encodeURIComponent(groupId)}`;

export function getGroups(signal?: AbortSignal): Promise<StudioGroupList> {
  return apiRequest('/api/v1/studio/groups', studioGroupListSchema, { signal });
}

export function createGroup(group: SaveGroup): Promise<StudioGroup> {
  return apiRequest('/api/v1/studio/groups', studioGroupSchema, { method: 'POST', body: group });
}

export function updateGroup(groupId: string, group: SaveGroup): Promise<StudioGroup> {
  return apiRequest(groupPath(groupId), studioGroupSchema, { method: 'PUT', body: group });
}

export function deleteGroup(groupId: string): Promise<undefined> {
  return apiRequest(groupPath(groupId), z.undefined(), { method: 'DELETE' });
}

export function getMembers(
  groupId: string,
  page: { limit: number; continuationToken?: string },
  signal?: AbortSignal,
): Promise<GroupMembersList> {
  const params = new URLSearchParams({ limit: String(page.limit) });
  if (page.continuationToken) params.set('continuationToken', page.continuationToken);
  return apiRequest(`${groupPath(groupId)}/members?${params.toString()}`, groupMembersListSchema, { signal });
}

export function addMembers(groupId: string, personIds: string[]): Promise<MembershipChange> {
  return apiRequest(`${groupPath(groupId)}/members`, membershipChangeSchema, {
    method: 'POST',
    body: { personIds },
  });
}

export function removeMember(groupId: string, personId: string): Promise<undefined> {
  return apiRequest(`${groupPath(groupId)}/members/${encodeURIComponent(personId)}`, z.undefined(), {
    method: 'DELETE',
  });
}

/** The file's text as read; the API checks every row and imports all of them or none. */
export function importMembers(groupId: string, csv: string): Promise<ImportReport> {
  return apiRequest(`${groupPath(groupId)}/members/import`, importReportSchema, {
    method: 'POST',
    body: { csv },
  });
}

export function syncFromEntra(groupId: string, entraGroupId?: string): Promise<EntraSyncReport> {
  return apiRequest(`${groupPath(groupId)}/entra-sync`, entraSyncReportSchema, {
    method: 'POST',
    body: entraGroupId ? { entraGroupId } : {},
  });
}

/** People whose name or email contains the text. */
export function searchPeople(text: string, signal?: AbortSignal): Promise<PeopleList> {
  const params = new URLSearchParams({ q: text, limit: '10' });
  return apiRequest(`/api/v1/studio/people?${params.toString()}`, peopleListSchema, { signal });
}
