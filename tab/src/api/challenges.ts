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
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

export function myChallengesQuery(): ApiQuery<MyChallenges> {
  return apiQuery('/api/v1/challenges', myChallengesSchema);
}

/** The programme's leaderboard, or one challenge's. */
export function leaderboardQuery(challengeId: string | undefined): ApiQuery<Leaderboard> {
  const query = challengeId ? `?challengeId=${encodeURIComponent(challengeId)}` : '';
  return apiQuery(`/api/v1/leaderboard${query}`, leaderboardSchema);
}

export function myPointsQuery(): ApiQuery<MyPoints> {
  return apiQuery('/api/v1/me/points', myPointsSchema);
}

const PATH = '/api/v1/studio/challenges';
const at = (challengeId: string) => `${PATH}/${encodeURIComponent(challengeId)}`;

export function challengesQuery(): ApiQuery<ChallengeList> {
  return apiQuery(PATH, challengeListSchema);
}

export function challengeQuery(challengeId: string): ApiQuery<Challenge> {
  return apiQuery(at(challengeId), challengeSchema);
}

export function createChallenge(input: ChallengeInput): Promise<Challenge> {
  return apiRequest(PATH, challengeSchema, {
    method: 'POST',
    changes: [PATH, '/api/v1/challenges'],
    body: input,
  });
}

export function updateChallenge(challengeId: string, input: ChallengeInput): Promise<Challenge> {
  return apiRequest(at(challengeId), challengeSchema, {
    method: 'PUT',
    changes: [PATH, '/api/v1/challenges'],
    body: input,
  });
}

/** Plan, take back to draft, or archive; live and ended follow from the dates. */
export function setChallengeStatus(challengeId: string, status: CampaignDecision): Promise<Challenge> {
  return apiRequest(`${at(challengeId)}/status`, challengeSchema, {
    method: 'PUT',
    changes: [PATH, '/api/v1/challenges'],
    body: { status },
  });
}

export async function deleteChallenge(challengeId: string): Promise<void> {
  await apiRequest(at(challengeId), z.unknown(), { method: 'DELETE', changes: [PATH, '/api/v1/challenges'] });
}

export function pointsRulesQuery(): ApiQuery<PointsRules> {
  return apiQuery('/api/v1/studio/points-rules', pointsRulesSchema);
}

export function updatePointsRules(rules: PointsRules): Promise<PointsRules> {
  return apiRequest('/api/v1/studio/points-rules', pointsRulesSchema, {
    method: 'PUT',
    changes: ['/api/v1/studio/points-rules'],
    body: rules,
  });
}
