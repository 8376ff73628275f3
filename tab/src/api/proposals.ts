import { proposalListSchema, proposalOptionsSchema, proposalResultSchema } from '@contract/proposals';
import type { ProposalInput, ProposalList, ProposalOptions, ProposalResult } from '@contract/proposals';
import { apiRequest } from './apiRequest';

export function getProposalOptions(signal?: AbortSignal): Promise<ProposalOptions> {
  return apiRequest('/api/v1/proposals/options', proposalOptionsSchema, { signal });
}

export function propose(input: ProposalInput): Promise<ProposalResult> {
  return apiRequest('/api/v1/proposals', proposalResultSchema, { method: 'POST', body: input });
}

export function getMyProposals(signal?: AbortSignal): Promise<ProposalList> {
  return apiRequest('/api/v1/me/proposals', proposalListSchema, { signal });
}
