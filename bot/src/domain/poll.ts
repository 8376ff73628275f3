import type { PollInput, PollStatus } from '@contract/polls';
import type { ProblemCode, Refusal } from '@contract/problem-codes';
import type { PollDoc } from './documents';

type Timed = Pick<PollDoc, 'status' | 'closesAt'>;

/** A poll's status as everyone sees it: an open poll whose closing time has come is closed, job or not. */
export function pollStatus(poll: Timed, now: Date): PollStatus {
  if (poll.status !== 'open') return poll.status;
  return now.getTime() < Date.parse(poll.closesAt) ? 'open' : 'closed';
}

/** A new poll from validated input; options get short stable ids the card's choice set sends back. */
export function newPoll(
  input: PollInput,
  ids: { id: string; tenantId: string; createdBy: string },
  now: Date,
): PollDoc {
  const at = now.toISOString();
  return {
    ...ids,
    question: input.question,
    options: input.options.map((option, index) => ({ id: `o${index + 1}`, label: option.label })),
    choice: input.choice,
    anonymous: input.anonymous,
    resultsVisibility: input.resultsVisibility,
    closesAt: input.closesAt,
    audience: input.audience,
    status: input.send ? 'open' : 'draft',
    createdAt: at,
    ...(input.send ? { sentAt: at } : {}),
  };
}

export type PollChange = { ok: true; poll: PollDoc } | { ok: false; reason: Refusal };

/** Sending a draft opens it; its closing time must still be ahead. */
export function sendPoll(poll: PollDoc, now: Date): PollChange {
  if (poll.status !== 'draft') return refuse('poll.alreadySent', 'This poll was already sent.');
  if (Date.parse(poll.closesAt) <= now.getTime())
    return refuse('poll.closingPassed', 'Its closing time has passed: create a new poll instead.');
  return { ok: true, poll: { ...poll, status: 'open', sentAt: now.toISOString() } };
}

/** Closing early (a manager) or on time (the closing job); a closed poll stays closed. */
export function closePoll(poll: PollDoc, now: Date): PollChange {
  const status = pollStatus(poll, now);
  if (status === 'draft')
    return refuse('poll.draftNotOpen', 'A draft is not open: there is nothing to close.');
  if (poll.status === 'closed') return refuse('poll.alreadyClosed', 'This poll is already closed.');
  const closedAt = status === 'closed' ? poll.closesAt : now.toISOString();
  return { ok: true, poll: { ...poll, status: 'closed', closedAt } };
}

function refuse(code: ProblemCode, detail: string): PollChange {
  return { ok: false, reason: { code, detail } };
}
