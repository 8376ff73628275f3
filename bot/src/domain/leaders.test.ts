import { describe, expect, it } from 'vitest';
import type { ContentItemDoc } from './documents';
import { leaderRefOf, markedAsLeader, unmarkedAsLeader, withLeaderCredit } from './leaders';
import { blankPerson } from './person';

const person = blankPerson(
  { id: 'ceo', tenantId: 't1', displayName: 'Claire Martin', email: 'claire@example.com', locale: 'fr' },
  new Date('2026-01-01T00:00:00Z'),
);
const monday = new Date('2026-03-02T09:00:00Z');
const tuesday = new Date('2026-03-03T09:00:00Z');
const item = { id: 'item-1', tenantId: 't1' } as ContentItemDoc;

describe('programme leaders', () => {
  it('keeps the date a leader was first marked when their title changes', () => {
    const marked = markedAsLeader(person, 'Directrice générale', monday);
    const renamed = markedAsLeader(marked, 'Présidente', tuesday);
    expect(renamed.leader).toEqual({ title: 'Présidente', since: monday.toISOString() });
    expect(markedAsLeader(renamed, 'Présidente', tuesday)).toBe(renamed);
  });

  it('unmarks a leader, and leaves anyone else as they are', () => {
    const marked = markedAsLeader(person, 'Sponsor', monday);
    expect(unmarkedAsLeader(marked, tuesday).leader).toBeUndefined();
    expect(leaderRefOf(unmarkedAsLeader(marked, tuesday))).toBeUndefined();
    expect(unmarkedAsLeader(person, tuesday)).toBe(person);
  });

  it('credits a leader on an item once, follows their new title, and forgets them without a trace', () => {
    const leader = leaderRefOf(markedAsLeader(person, 'Sponsor', monday));
    const credited = withLeaderCredit(item, person.id, leader);
    expect(credited.sharedByLeaders).toEqual([
      { personId: 'ceo', displayName: 'Claire Martin', title: 'Sponsor' },
    ]);
    expect(withLeaderCredit(credited, person.id, leader)).toBe(credited);

    const retitled = withLeaderCredit(credited, person.id, { ...leader!, title: 'Présidente' });
    expect(retitled.sharedByLeaders?.map((credit) => credit.title)).toEqual(['Présidente']);

    const forgotten = withLeaderCredit(retitled, person.id, undefined);
    expect(forgotten.sharedByLeaders).toBeUndefined();
    expect(withLeaderCredit(item, person.id, undefined)).toBe(item);
  });

  it('keeps the other leaders when one is forgotten', () => {
    const first = withLeaderCredit(item, 'a', { personId: 'a', displayName: 'A', title: 'CEO' });
    const both = withLeaderCredit(first, 'b', { personId: 'b', displayName: 'B', title: 'CFO' });
    expect(withLeaderCredit(both, 'a', undefined).sharedByLeaders).toEqual([
      { personId: 'b', displayName: 'B', title: 'CFO' },
    ]);
  });
});
