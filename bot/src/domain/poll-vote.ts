import { createHash } from 'node:crypto';
import type { PersonDoc, PollDoc, VoteDoc } from './documents';
import { pollStatus } from './poll';
import { isInAudience } from './targeting';

export type VoteRefusal = 'not-open' | 'closed' | 'not-in-audience' | 'invalid-choice';
export type VoteDecision = { ok: true; vote: VoteDoc } | { ok: false; reason: VoteRefusal };

/**
 * Who a vote belongs to. Named polls key it by the person; anonymous ones by a one-way hash of poll and person,
 * so the store can still hold one vote per person (and show them their own choice) without saying whose it is.
 */
export function voterKey(poll: Pick<PollDoc, 'id' | 'anonymous'>, personId: string): string {
  if (!poll.anonymous) return personId;
  return createHash('sha256').update(`${poll.id}\n${personId}`).digest('base64url');
}

export function voteId(poll: Pick<PollDoc, 'id' | 'anonymous'>, personId: string): string {
  return `${poll.id}:${voterKey(poll, personId)}`;
}

/** The choice set's value as Adaptive Cards send it: "o2" or "o1,o3"; order and repeats do not matter. */
export function parseChoice(value: string | undefined): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * One vote per person, changeable until the poll closes: the vote returned replaces any earlier one. Only
 * people of the poll's audience vote, on the poll's own options, one of them on a single-choice poll.
 */
export function decideVote(poll: PollDoc, person: PersonDoc, optionIds: string[], now: Date): VoteDecision {
  const status = pollStatus(poll, now);
  if (status === 'draft') return { ok: false, reason: 'not-open' };
  if (status === 'closed') return { ok: false, reason: 'closed' };
  if (person.enrolment.status !== 'ambassador' || !isInAudience(person, poll))
    return { ok: false, reason: 'not-in-audience' };
  const known = new Set(poll.options.map((option) => option.id));
  if (
    optionIds.length === 0 ||
    optionIds.some((id) => !known.has(id)) ||
    (poll.choice === 'single' && optionIds.length > 1)
  )
    return { ok: false, reason: 'invalid-choice' };
  const key = voterKey(poll, person.id);
  return {
    ok: true,
    vote: {
      id: `${poll.id}:${key}`,
      tenantId: poll.tenantId,
      pollId: poll.id,
      voterKey: key,
      ...(poll.anonymous ? {} : { personId: person.id }),
      optionIds: poll.options.map((option) => option.id).filter((id) => optionIds.includes(id)),
      votedAt: now.toISOString(),
    },
  };
}
