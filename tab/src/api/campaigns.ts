import { z } from 'zod';
import { campaignListSchema, campaignDetailsSchema, campaignSchema } from '@contract/campaigns';
import type {
  Campaign,
  CampaignDecision,
  CampaignInput,
  CampaignList,
  CampaignDetails,
} from '@contract/campaigns';
import { apiRequest } from './apiRequest';

const PATH = '/api/v1/studio/campaigns';
const at = (campaignId: string) => `${PATH}/${encodeURIComponent(campaignId)}`;

export function getCampaigns(signal?: AbortSignal): Promise<CampaignList> {
  return apiRequest(PATH, campaignListSchema, { signal });
}

export function getCampaignPage(campaignId: string, signal?: AbortSignal): Promise<CampaignDetails> {
  return apiRequest(at(campaignId), campaignDetailsSchema, { signal });
}

export function createCampaign(input: CampaignInput): Promise<Campaign> {
  return apiRequest(PATH, campaignSchema, { method: 'POST', body: input });
}

export function updateCampaign(campaignId: string, input: CampaignInput): Promise<Campaign> {
  return apiRequest(at(campaignId), campaignSchema, { method: 'PUT', body: input });
}

/** Plan, take back to draft, or archive; live and ended follow from the dates. */
export function setCampaignStatus(campaignId: string, status: CampaignDecision): Promise<Campaign> {
  return apiRequest(`${at(campaignId)}/status`, campaignSchema, { method: 'PUT', body: { status } });
}

export async function deleteCampaign(campaignId: string): Promise<void> {
  await apiRequest(at(campaignId), z.unknown(), { method: 'DELETE' });
}
