import type { Poll, PollInput, PollList, PollDetails } from '@contract/polls';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

const PATH = '/api/v1/studio/polls';
const at = (pollId: string) => `${PATH}/${encodeURIComponent(pollId)}`;

export function pollsQuery(page: { limit: number; continuationToken?: string }): ApiQuery<PollList> {
  const params = new URLSearchParams({ limit: String(page.limit) });
  if (page.continuationToken) params.set('continuationToken', page.continuationToken);
  return apiQuery<PollList>(`${PATH}?${params.toString()}`);
}

export function pollPageQuery(pollId: string): ApiQuery<PollDetails> {
  return apiQuery<PollDetails>(at(pollId));
}

/** A draft, or sent at once to the audience when `input.send` is true. */
export function createPoll(input: PollInput): Promise<Poll> {
  return apiRequest<Poll>(PATH, { method: 'POST', changes: [PATH], body: input });
}

export function sendPoll(pollId: string): Promise<Poll> {
  return apiRequest<Poll>(`${at(pollId)}/sending`, { method: 'POST', changes: [PATH], body: {} });
}

export function closePoll(pollId: string): Promise<Poll> {
  return apiRequest<Poll>(`${at(pollId)}/closure`, { method: 'POST', changes: [PATH], body: {} });
}

/** The results as CSV text: voters and their choice on named polls, counts only on anonymous ones. */
export function getPollResultsCsv(pollId: string): Promise<string> {
  return apiRequest<string>(`${at(pollId)}/results.csv`);
}
