import type { ProposalInput, ProposalList, ProposalOptions, ProposalResult } from '@contract/proposals';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

export function proposalOptionsQuery(): ApiQuery<ProposalOptions> {
  return apiQuery<ProposalOptions>('/api/v1/proposals/options');
}

export function propose(input: ProposalInput): Promise<ProposalResult> {
  return apiRequest<ProposalResult>('/api/v1/proposals', {
    method: 'POST',
    changes: ['/api/v1/me/proposals', '/api/v1/studio/content', '/api/v1/studio/review'],
    body: input,
  });
}

export function myProposalsQuery(): ApiQuery<ProposalList> {
  return apiQuery<ProposalList>('/api/v1/me/proposals');
}
