import { describe, expect, it } from 'vitest';
import type { PersonDoc } from './documents';
import { membershipDiff, personFromDirectory, withGroup, withoutGroup } from './group-membership';

const now = new Date('2027-03-01T10:00:00Z');

describe('group membership', () => {
  it('adding or removing is idempotent: a second run changes nothing', () => {
    const person = personFromDirectory({ id: 'p1', displayName: 'Sophie' }, 't1', 'fr', now);
    const added = withGroup(person, 'g1', now);
    expect(added.groupIds).toEqual(['g1']);
    expect(withGroup(added, 'g1', new Date())).toBe(added);
    const removed = withoutGroup(added, 'g1', now);
    expect(removed.groupIds).toEqual([]);
    expect(withoutGroup(removed, 'g1', new Date())).toBe(removed);
  });

  it('mirroring a directory group: who joins, who leaves', () => {
    expect(membershipDiff(['a', 'b', 'c'], ['b', 'c', 'd', 'd'])).toEqual({ toAdd: ['d'], toRemove: ['a'] });
  });

  it('a directory user unknown to the programme becomes a person outside it, keyed by their object id', () => {
    expect(
      personFromDirectory({ id: 'oid-1', displayName: 'Wei Zhang', mail: 'wei@x.example' }, 't1', 'en', now),
    ).toEqual<PersonDoc>({
      id: 'oid-1',
      tenantId: 't1',
      displayName: 'Wei Zhang',
      email: 'wei@x.example',
      locale: 'en',
      timeZone: 'UTC',
      groupIds: [],
      enrolment: { status: 'not-enrolled', networks: [], languages: [] },
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
  });
});
