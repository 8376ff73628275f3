import type { ProposalSuggestionRequest, SuggestionRequest, Suggestions } from '@contract/writing-help';
import { apiRequest } from './apiRequest';

/** The month's token count changes: the administrators' settings page reads it afresh. */
const CHANGES = ['/api/v1/studio/content-policy'];

/** Three variants to share an item with, each with what the guardrails found in it. */
export function suggestForItem(itemId: string, request: SuggestionRequest): Promise<Suggestions> {
  return apiRequest<Suggestions>(`/api/v1/library/${encodeURIComponent(itemId)}/suggestions`, {
    method: 'POST',
    changes: CHANGES,
    body: request,
  });
}

/** The same for a proposal, from its campaign and what the person has written so far. */
export function suggestForProposal(request: ProposalSuggestionRequest): Promise<Suggestions> {
  return apiRequest<Suggestions>('/api/v1/proposals/suggestions', {
    method: 'POST',
    changes: CHANGES,
    body: request,
  });
}
