import { z } from 'zod';
import {
  challengeListSchema,
  challengeSchema,
  leaderboardSchema,
  myChallengesSchema,
  myPointsSchema,
  pointsRulesSchema,
} from '@contract/challenges';
import type {
  Challenge,
  ChallengeInput,
  ChallengeList,
  Leaderboard,
  MyChallenges,
  MyPoints,
  PointsRules,
} from '@contract/challenges';
import type { CampaignDecision } from '@contract/campaigns';
import { apiRequest } from './apiRequest';

export function getMyChallenges(signal?: AbortSignal): Promise<MyChallenges> {
  return apiRequest('/api/v1/challenges', myChallengesSchema, { signal });
}

/** The programme's leaderboard, or one challenge's. */
export function getLeaderboard(challengeId: string | undefined, signal?: AbortSignal): Promise<Leaderboard> {
  const query = challengeId ? `?challengeId=${encodeURIComponent(challengeId)}` : '';
  return apiRequest(`/api/v1/leaderboard${query}`, leaderboardSchema, { signal });
}

export function getMyPoints(signal?: AbortSignal): Promise<MyPoints> {
  return apiRequest('/api/v1/me/points', myPointsSchema, { signal });
}

const PATH = '/api/v1/studio/challenges';
const at = (challengeId: string) => `${PATH}/${encodeURIComponent(challengeId)}`;

export function getChallenges(signal?: AbortSignal): Promise<ChallengeList> {
  return apiRequest(PATH, challengeListSchema, { signal });
}

export function getChallenge(challengeId: string, signal?: AbortSignal): Promise<Challenge> {
  return apiRequest(at(challengeId), challengeSchema, { signal });
}

export function createChallenge(input: ChallengeInput): Promise<Challenge> {
  return apiRequest(PATH, challengeSchema, { method: 'POST', body: input });
}

export function updateChallenge(challengeId: string, input: ChallengeInput): Promise<Challenge> {
  return apiRequest(at(challengeId), challengeSchema, { method: 'PUT', body: input });
}

/** Plan, take back to draft, or archive; live and ended follow from the dates. */
export function setChallengeStatus(challengeId: string, status: CampaignDecision): Promise<Challenge> {
  return apiRequest(`${at(challengeId)}/status`, challengeSchema, { method: 'PUT', body: { status } });
}

export async function deleteChallenge(challengeId: string): Promise<void> {
  await apiRequest(at(challengeId), z.unknown(), { method: 'DELETE' });
}

export function getPointsRules(signal?: AbortSignal): Promise<PointsRules> {
  return apiRequest('/api/v1/studio/points-rules', pointsRulesSchema, { signal });
}

export function updatePointsRules(rules: PointsRules): Promise<PointsRules> {
  return apiRequest('/api/v1/studio/points-rules', pointsRulesSchema, { method: 'PUT', body: rules });
}
