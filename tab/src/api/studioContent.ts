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
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

const PATH = '/api/v1/studio/content';
const at = (itemId: string) => `${PATH}/${encodeURIComponent(itemId)}`;

export interface ContentQuery {
  status?: ContentStatus;
  campaignId?: string;
  limit: number;
  continuationToken?: string;
}

export function contentPageQuery(query: ContentQuery): ApiQuery<StudioItemList> {
  const params = new URLSearchParams({ limit: String(query.limit) });
  if (query.status) params.set('status', query.status);
  if (query.campaignId) params.set('campaignId', query.campaignId);
  if (query.continuationToken) params.set('continuationToken', query.continuationToken);
  return apiQuery(`${PATH}?${params.toString()}`, studioItemListSchema);
}

export function studioItemQuery(itemId: string): ApiQuery<StudioItem> {
  return apiQuery(at(itemId), studioItemSchema);
}

export function createContent(input: ContentInput): Promise<StudioItem> {
  return apiRequest(PATH, studioItemSchema, {
    method: 'POST',
    changes: [PATH, '/api/v1/studio/review'],
    body: input,
  });
}

export function updateContent(itemId: string, input: ContentInput): Promise<StudioItem> {
  return apiRequest(at(itemId), studioItemSchema, {
    method: 'PUT',
    changes: [PATH, '/api/v1/studio/review'],
    body: input,
  });
}

/** Saves and submits for review in one step: what is checked is what is submitted. */
export function submitContent(itemId: string, input: ContentInput): Promise<SubmissionResult> {
  return apiRequest(`${at(itemId)}/submission`, submissionResultSchema, {
    method: 'POST',
    changes: [PATH, '/api/v1/studio/review'],
    body: input,
  });
}

export function withdrawContent(itemId: string): Promise<StudioItem> {
  return apiRequest(`${at(itemId)}/withdrawal`, studioItemSchema, {
    method: 'POST',
    changes: [PATH, '/api/v1/studio/review'],
    body: {},
  });
}

export function previewLink(url: string): Promise<LinkPreview> {
  return apiRequest('/api/v1/studio/link-preview', linkPreviewSchema, { method: 'POST', body: { url } });
}

/** The guardrails in force and the four-eyes switch, for live feedback. */
export function contentPolicyQuery(): ApiQuery<ContentPolicy> {
  return apiQuery('/api/v1/studio/content-policy', contentPolicySchema);
}

export function saveContentPolicy(input: ContentPolicyInput): Promise<ContentPolicy> {
  return apiRequest('/api/v1/admin/content-policy', contentPolicySchema, {
    method: 'PUT',
    changes: ['/api/v1/studio/content-policy', '/api/v1/admin/content-policy'],
    body: input,
  });
}
