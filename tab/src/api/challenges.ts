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
  return apiQuery<MyChallenges>('/api/v1/challenges');
}

/** The programme's leaderboard, or one challenge's. */
export function leaderboardQuery(challengeId: string | undefined): ApiQuery<Leaderboard> {
  const query = challengeId ? `?challengeId=${encodeURIComponent(challengeId)}` : '';
  return apiQuery<Leaderboard>(`/api/v1/leaderboard${query}`);
}

export function myPointsQuery(): ApiQuery<MyPoints> {
  return apiQuery<MyPoints>('/api/v1/me/points');
}

const PATH = '/api/v1/studio/challenges';
const at = (challengeId: string) => `${PATH}/${encodeURIComponent(challengeId)}`;

export function challengesQuery(): ApiQuery<ChallengeList> {
  return apiQuery<ChallengeList>(PATH);
}

export function challengeQuery(challengeId: string): ApiQuery<Challenge> {
  return apiQuery<Challenge>(at(challengeId));
}

export function createChallenge(input: ChallengeInput): Promise<Challenge> {
  return apiRequest<Challenge>(PATH, {
    method: 'POST',
    changes: [PATH, '/api/v1/challenges'],
    body: input,
  });
}

export function updateChallenge(challengeId: string, input: ChallengeInput): Promise<Challenge> {
  return apiRequest<Challenge>(at(challengeId), {
    method: 'PUT',
    changes: [PATH, '/api/v1/challenges'],
    body: input,
  });
}

/** Plan, take back to draft, or archive; live and ended follow from the dates. */
export function setChallengeStatus(challengeId: string, status: CampaignDecision): Promise<Challenge> {
  return apiRequest<Challenge>(`${at(challengeId)}/status`, {
    method: 'PUT',
    changes: [PATH, '/api/v1/challenges'],
    body: { status },
  });
}

export async function deleteChallenge(challengeId: string): Promise<void> {
  await apiRequest<unknown>(at(challengeId), { method: 'DELETE', changes: [PATH, '/api/v1/challenges'] });
}

export function pointsRulesQuery(): ApiQuery<PointsRules> {
  return apiQuery<PointsRules>('/api/v1/studio/points-rules');
}

export function updatePointsRules(rules: PointsRules): Promise<PointsRules> {
  return apiRequest<PointsRules>('/api/v1/studio/points-rules', {
    method: 'PUT',
    changes: ['/api/v1/studio/points-rules'],
    body: rules,
  });
}
