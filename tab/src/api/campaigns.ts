import type {
  Campaign,
  CampaignDecision,
  CampaignInput,
  CampaignList,
  CampaignDetails,
} from '@contract/campaigns';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

const PATH = '/api/v1/studio/campaigns';
const at = (campaignId: string) => `${PATH}/${encodeURIComponent(campaignId)}`;

export function campaignsQuery(): ApiQuery<CampaignList> {
  return apiQuery<CampaignList>(PATH);
}

export function campaignPageQuery(campaignId: string): ApiQuery<CampaignDetails> {
  return apiQuery<CampaignDetails>(at(campaignId));
}

export function createCampaign(input: CampaignInput): Promise<Campaign> {
  return apiRequest<Campaign>(PATH, { method: 'POST', changes: [PATH], body: input });
}

export function updateCampaign(campaignId: string, input: CampaignInput): Promise<Campaign> {
  return apiRequest<Campaign>(at(campaignId), { method: 'PUT', changes: [PATH], body: input });
}

/** Plan, take back to draft, or archive; live and ended follow from the dates. */
export function setCampaignStatus(campaignId: string, status: CampaignDecision): Promise<Campaign> {
  return apiRequest<Campaign>(`${at(campaignId)}/status`, {
    method: 'PUT',
    changes: [PATH],
    body: { status },
  });
}

export async function deleteCampaign(campaignId: string): Promise<void> {
  await apiRequest<unknown>(at(campaignId), { method: 'DELETE', changes: [PATH] });
}
