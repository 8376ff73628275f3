import type { ContentItemDoc, LeaderRef, PersonDoc } from './documents';

/**
 * The person marked as a programme leader with this title; the date they were first marked stays. The very same
 * object when they already hold this title, so that a guarded update writes nothing.
 */
export function markedAsLeader(person: PersonDoc, title: string, now: Date): PersonDoc {
  if (person.leader?.title === title) return person;
  const at = now.toISOString();
  return { ...person, leader: { title, since: person.leader?.since ?? at }, updatedAt: at };
}

/** The person no longer a leader; the very same object when they were not one. */
export function unmarkedAsLeader(person: PersonDoc, now: Date): PersonDoc {
  if (!person.leader) return person;
  return { ...person, leader: undefined, updatedAt: now.toISOString() };
}

/** How the library credits the person, when they are a leader. */
export function leaderRefOf(person: PersonDoc): LeaderRef | undefined {
  return person.leader
    ? { personId: person.id, displayName: person.displayName, title: person.leader.title }
    : undefined;
}

/**
 * The item crediting (or, with no `leader`, no longer crediting) this person among the leaders who shared it.
 * The very same object when it already says so, so that sharing again writes nothing.
 */
export function withLeaderCredit(
  item: ContentItemDoc,
  personId: string,
  leader: LeaderRef | undefined,
): ContentItemDoc {
  const credits = item.sharedByLeaders ?? [];
  const current = credits.find((credit) => credit.personId === personId);
  if (leader && current?.displayName === leader.displayName && current.title === leader.title) return item;
  if (!leader && !current) return item;
  const others = credits.filter((credit) => credit.personId !== personId);
  const next = leader ? [...others, leader] : others;
  // Undefined is not stored: no credit leaves no field, and the library's filter stays a plain IS_DEFINED.
  return { ...item, sharedByLeaders: next.length > 0 ? next : undefined };
}
