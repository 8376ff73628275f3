import { randomUUID } from 'node:crypto';
import {
  pollDetailsSchema,
  pollInputSchema,
  pollListQuerySchema,
  pollListSchema,
  pollSchema,
} from '@contract/polls';
import type { Poll, PollList, PollDetails } from '@contract/polls';
import type { PersonDoc, PollDoc, VoteDoc } from '../../domain/documents';
import { closePoll, newPoll, pollStatus, sendPoll } from '../../domain/poll';
import type { PollChange } from '../../domain/poll';
import { tallyVotes } from '../../domain/poll-tally';
import { sendPollToAudience } from '../../polls/poll-sending';
import type { Repositories } from '../../store/repositories';
import { ApiError } from '../api-error';
import { Reply, filesOnly, handler, idParams } from '../api-route';
import { recordAudit } from '../../compliance/record-audit';
import { toCsv } from '../../domain/csv';
import type { Principal } from '../../identity/principal';
import { audienceReferenceErrors } from '../audience-references';

const CSV_PAGE_SIZE = 100;

export const listPolls = handler({
  answer: pollListSchema,
  query: pollListQuerySchema,
  async handle({ principal, services, query }): Promise<PollList> {
    const page = await services.repositories.polls.page(
      principal.tenantId,
      query.limit,
      query.continuationToken,
    );
    const now = new Date();
    return {
      items: page.items.map((poll) => toPoll(poll, now)),
      ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}),
    };
  },
});

/** A draft, or (with `send`) opened and queued at once for every ambassador of its audience. */
export const createPoll = handler({
  answer: pollSchema,
  body: pollInputSchema,
  async handle({ principal, services, body }) {
    const { repositories } = services;
    const now = new Date();
    const errors = await audienceReferenceErrors(repositories, principal.tenantId, body.audience);
    if (errors.length > 0) throw ApiError.invalid(errors);
    const poll = newPoll(
      body,
      { id: randomUUID(), tenantId: principal.tenantId, createdBy: principal.objectId },
      now,
    );
    await repositories.polls.upsert(poll);
    await recordAudit(repositories, principal, 'poll.created', entity(poll), { after: poll });
    const created = poll.status === 'open' ? await send(repositories, principal, poll, now) : poll;
    return new Reply(toPoll(created, now), { status: 201 });
  },
});

/** The poll, its exact tally (managers see results whatever the card shows), and how its sending goes. */
export const getPoll = handler({
  answer: pollDetailsSchema,
  params: idParams('pollId'),
  async handle({ principal, services, params }): Promise<PollDetails> {
    const { repositories } = services;
    const poll = await requirePoll(repositories, principal.tenantId, params.pollId);
    const [choices, delivery] = await Promise.all([
      repositories.votes.choices(poll.tenantId, poll.id),
      repositories.outbox.progress(poll.tenantId, poll.id),
    ]);
    return { poll: toPoll(poll, new Date()), results: tallyVotes(poll, choices), delivery };
  },
});

export const sendDraftPoll = handler({
  answer: pollSchema,
  params: idParams('pollId'),
  async handle({ principal, services, params }): Promise<Poll> {
    const now = new Date();
    const poll = await change(services.repositories, principal, params.pollId, 'poll.sent', (current) =>
      sendPoll(current, now),
    );
    return toPoll(await send(services.repositories, principal, poll, now), now);
  },
});

/** Closes a poll before its closing time: no vote is taken after this. */
export const closePollEarly = handler({
  answer: pollSchema,
  params: idParams('pollId'),
  async handle({ principal, services, params }): Promise<Poll> {
    const now = new Date();
    const poll = await change(services.repositories, principal, params.pollId, 'poll.closed', (current) =>
      closePoll(current, now),
    );
    return toPoll(poll, now);
  },
});

/**
 * The results as CSV. A named poll lists each voter and their choice; an anonymous one only counts per option,
 * so who voted never leaves the service.
 */
export const exportPollResults = handler({
  answer: filesOnly,
  params: idParams('pollId'),
  async handle({ principal, services, params }) {
    const { repositories } = services;
    const poll = await requirePoll(repositories, principal.tenantId, params.pollId);
    const label = (optionId: string) => {
      const option = poll.options.find((candidate) => candidate.id === optionId);
      return option ? `${option.label.en} / ${option.label.fr}` : optionId;
    };
    let csv: string;
    if (poll.anonymous) {
      const tally = tallyVotes(poll, await repositories.votes.choices(poll.tenantId, poll.id));
      csv = toCsv(tally.options, [
        { header: 'option_id', value: (row) => row.optionId },
        { header: 'option', value: (row) => label(row.optionId) },
        { header: 'votes', value: (row) => row.votes },
      ]);
    } else {
      const rows = await votersOf(repositories, poll);
      csv = toCsv(rows, [
        { header: 'person_id', value: (row) => row.vote.personId ?? '' },
        { header: 'display_name', value: (row) => row.person?.displayName ?? '' },
        { header: 'email', value: (row) => row.person?.email ?? '' },
        { header: 'option_ids', value: (row) => row.vote.optionIds.join(' ') },
        { header: 'options', value: (row) => row.vote.optionIds.map(label).join('; ') },
        { header: 'voted_at', value: (row) => row.vote.votedAt },
      ]);
    }
    await recordAudit(repositories, principal, 'poll.results-exported', entity(poll));
    return new Reply(csv, {
      contentType: 'text/csv; charset=utf-8',
      headers: {
        'Content-Disposition': `attachment; filename="poll-${poll.id}.csv"`,
        'Cache-Control': 'no-store',
      },
    });
  },
});

/** A named poll's votes with their voters, a page at a time (so reads stay bounded on large polls). */
async function votersOf(
  repositories: Repositories,
  poll: PollDoc,
): Promise<{ vote: VoteDoc; person: PersonDoc | undefined }[]> {
  const rows: { vote: VoteDoc; person: PersonDoc | undefined }[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await repositories.votes.ofPoll(poll.tenantId, poll.id, CSV_PAGE_SIZE, continuationToken);
    const people = await Promise.all(
      page.items.map((vote) =>
        vote.personId ? repositories.people.get(poll.tenantId, vote.personId) : undefined,
      ),
    );
    page.items.forEach((vote, index) => rows.push({ vote, person: people[index] }));
    continuationToken = page.continuationToken;
  } while (continuationToken);
  return rows;
}

/** Decided on the latest version under its ETag, audited with the status before and after. */
async function change(
  repositories: Repositories,
  principal: Principal,
  pollId: string | undefined,
  action: string,
  decide: (current: PollDoc) => PollChange,
): Promise<PollDoc> {
  const existing = await requirePoll(repositories, principal.tenantId, pollId);
  let before: PollDoc | undefined;
  const after = await repositories.polls.update(principal.tenantId, existing.id, (current) => {
    const decision = decide(current);
    if (!decision.ok) throw ApiError.refused(409, decision.reason);
    before = current;
    return decision.poll;
  });
  if (!after || !before) throw pollNotFound();
  await recordAudit(repositories, principal, action, entity(after), {
    before: { status: before.status },
    after: { status: after.status, sentAt: after.sentAt, closedAt: after.closedAt },
  });
  return after;
}

/** Queues the cards and keeps, with the poll, how many went and who could not be reached. */
async function send(
  repositories: Repositories,
  principal: Principal,
  poll: PollDoc,
  now: Date,
): Promise<PollDoc> {
  const outcome = await sendPollToAudience(repositories, poll, now);
  const sent = await repositories.polls.update(poll.tenantId, poll.id, (current) => ({
    ...current,
    outcome,
  }));
  await recordAudit(repositories, principal, 'poll.queued', entity(poll), { after: outcome });
  return sent ?? { ...poll, outcome };
}

async function requirePoll(
  repositories: Repositories,
  tenantId: string,
  pollId: string | undefined,
): Promise<PollDoc> {
  const poll = pollId ? await repositories.polls.get(tenantId, pollId) : undefined;
  if (!poll) throw pollNotFound();
  return poll;
}

function pollNotFound(): ApiError {
  return ApiError.notFound('poll.notFound', 'This poll does not exist.');
}

function toPoll(poll: PollDoc, now: Date): Poll {
  return {
    id: poll.id,
    question: poll.question,
    options: poll.options,
    choice: poll.choice,
    anonymous: poll.anonymous,
    resultsVisibility: poll.resultsVisibility,
    closesAt: poll.closesAt,
    audience: poll.audience,
    status: pollStatus(poll, now),
    createdAt: poll.createdAt,
    ...(poll.sentAt ? { sentAt: poll.sentAt } : {}),
    ...(poll.closedAt ? { closedAt: poll.closedAt } : {}),
    ...(poll.outcome ? { outcome: poll.outcome } : {}),
  };
}

function entity(poll: PollDoc) {
  return { type: 'poll', id: poll.id, title: poll.question };
}
