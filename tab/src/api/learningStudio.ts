import type {
  LearningPathInput,
  LearningPathProgress,
  LearningPathStatus,
  StudioLearningPath,
  StudioLearningPathList,
} from '@contract/learning';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

const PATH = '/api/v1/studio/learning/paths';
const at = (pathId: string) => `${PATH}/${encodeURIComponent(pathId)}`;

export function studioLearningPathsQuery(page: {
  limit: number;
  continuationToken?: string;
}): ApiQuery<StudioLearningPathList> {
  const params = new URLSearchParams({ limit: String(page.limit) });
  if (page.continuationToken) params.set('continuationToken', page.continuationToken);
  return apiQuery<StudioLearningPathList>(`${PATH}?${params.toString()}`);
}

/** With its `ETag`: saving sends that version back, so an edit never overwrites someone else's. */
export function studioLearningPathQuery(pathId: string): ApiQuery<StudioLearningPath> {
  return apiQuery<StudioLearningPath>(at(pathId));
}

export function learningPathProgressQuery(pathId: string): ApiQuery<LearningPathProgress> {
  return apiQuery<LearningPathProgress>(`${at(pathId)}/progress`);
}

export function createLearningPath(input: LearningPathInput): Promise<StudioLearningPath> {
  return apiRequest<StudioLearningPath>(PATH, { method: 'POST', changes: [PATH], body: input });
}

export function updateLearningPath(pathId: string, input: LearningPathInput): Promise<StudioLearningPath> {
  return apiRequest<StudioLearningPath>(at(pathId), { method: 'PUT', changes: [PATH], body: input });
}

/** Publish, or take back to draft. */
export function setLearningPathStatus(
  pathId: string,
  status: LearningPathStatus,
): Promise<StudioLearningPath> {
  return apiRequest<StudioLearningPath>(`${at(pathId)}/status`, {
    method: 'PUT',
    changes: [PATH],
    body: { status },
  });
}

/** The progress per group as CSV text: the path, then each module, for the whole audience and each group. */
export function getLearningPathProgressCsv(pathId: string): Promise<string> {
  return apiRequest<string>(`${at(pathId)}/progress.csv`);
}
