import { studioItemListSchema, studioItemSchema, submissionResultSchema } from '@contract/content';
import type {
  ContentInput,
  ContentStatus,
  StudioItem,
  StudioItemList,
  SubmissionResult,
} from '@contract/content';
import { contentPolicySchema } from '@contract/content-policy';
import type { ContentPolicy, ContentPolicyInput } from '@contract/content-policy';
import { linkPreviewSchema } from '@contract/link-preview';
import type { LinkPreview } from '@contract/link-preview';
import { apiRequest } from './apiRequest';

const PATH = '/api/v1/studio/content';
const at = (itemId: string) => `${PATH}/${encodeURIComponent(itemId)}`;

export interface ContentQuery {
  status?: ContentStatus;
  campaignId?: string;
  limit: number;
  continuationToken?: string;
}

export function getContentPage(query: ContentQuery, signal?: AbortSignal): Promise<StudioItemList> {
  const params = new URLSearchParams({ limit: String(query.limit) });
  if (query.status) params.set('status', query.status);
  if (query.campaignId) params.set('campaignId', query.campaignId);
  if (query.continuationToken) params.set('continuationToken', query.continuationToken);
  return apiRequest(`${PATH}?${params.toString()}`, studioItemListSchema, { signal });
}

export function getStudioItem(itemId: string, signal?: AbortSignal): Promise<StudioItem> {
  return apiRequest(at(itemId), studioItemSchema, { signal });
}

export function createContent(input: ContentInput): Promise<StudioItem> {
  return apiRequest(PATH, studioItemSchema, { method: 'POST', body: input });
}

export function updateContent(itemId: string, input: ContentInput): Promise<StudioItem> {
  return apiRequest(at(itemId), studioItemSchema, { method: 'PUT', body: input });
}

/** Saves and submits for review in one step: what is checked is what is submitted. */
export function submitContent(itemId: string, input: ContentInput): Promise<SubmissionResult> {
  return apiRequest(`${at(itemId)}/submission`, submissionResultSchema, { method: 'POST', body: input });
}

export function withdrawContent(itemId: string): Promise<StudioItem> {
  return apiRequest(`${at(itemId)}/withdrawal`, studioItemSchema, { method: 'POST', body: {} });
}

export function previewLink(url: string): Promise<LinkPreview> {
  return apiRequest('/api/v1/studio/link-preview', linkPreviewSchema, { method: 'POST', body: { url } });
}

/** The guardrails in force and the four-eyes switch, for live feedback. */
export function getContentPolicy(signal?: AbortSignal): Promise<ContentPolicy> {
  return apiRequest('/api/v1/studio/content-policy', contentPolicySchema, { signal });
}

export function saveContentPolicy(input: ContentPolicyInput): Promise<ContentPolicy> {
  return apiRequest('/api/v1/admin/content-policy', contentPolicySchema, { method: 'PUT', body: input });
}
