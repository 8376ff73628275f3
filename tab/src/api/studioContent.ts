import type {
  ContentInput,
  ContentStatus,
  StudioItem,
  StudioItemList,
  SubmissionResult,
} from '@contract/content';
import type { ContentPolicy, ContentPolicyInput } from '@contract/content-policy';
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
  return apiQuery<StudioItemList>(`${PATH}?${params.toString()}`);
}

export function studioItemQuery(itemId: string): ApiQuery<StudioItem> {
  return apiQuery<StudioItem>(at(itemId));
}

export function createContent(input: ContentInput): Promise<StudioItem> {
  return apiRequest<StudioItem>(PATH, {
    method: 'POST',
    changes: [PATH, '/api/v1/studio/review'],
    body: input,
  });
}

export function updateContent(itemId: string, input: ContentInput): Promise<StudioItem> {
  return apiRequest<StudioItem>(at(itemId), {
    method: 'PUT',
    changes: [PATH, '/api/v1/studio/review'],
    body: input,
  });
}

/** Saves and submits for review in one step: what is checked is what is submitted. */
export function submitContent(itemId: string, input: ContentInput): Promise<SubmissionResult> {
  return apiRequest<SubmissionResult>(`${at(itemId)}/submission`, {
    method: 'POST',
    changes: [PATH, '/api/v1/studio/review'],
    body: input,
  });
}

export function withdrawContent(itemId: string): Promise<StudioItem> {
  return apiRequest<StudioItem>(`${at(itemId)}/withdrawal`, {
    method: 'POST',
    changes: [PATH, '/api/v1/studio/review'],
    body: {},
  });
}

export function previewLink(url: string): Promise<LinkPreview> {
  return apiRequest<LinkPreview>('/api/v1/studio/link-preview', { method: 'POST', body: { url } });
}

/** The guardrails in force and the four-eyes switch, for live feedback. */
export function contentPolicyQuery(): ApiQuery<ContentPolicy> {
  return apiQuery<ContentPolicy>('/api/v1/studio/content-policy');
}

export function saveContentPolicy(input: ContentPolicyInput): Promise<ContentPolicy> {
  return apiRequest<ContentPolicy>('/api/v1/admin/content-policy', {
    method: 'PUT',
    changes: ['/api/v1/studio/content-policy', '/api/v1/admin/content-policy'],
    body: input,
  });
}
