import type { Challenge } from '@contract/challenges';
import { challengeStatus } from '../domain/challenge-rules';
import type { ChallengeDoc } from '../domain/documents';

/** How the API shows a challenge, to managers and ambassadors alike. */
export function toChallenge(challenge: ChallengeDoc, now: Date): Challenge {
  return {
    id: challenge.id,
    name: challenge.name,
    description: challenge.description,
    startsAt: challenge.startsAt,
    endsAt: challenge.endsAt,
    audience: challenge.audience,
    goal: challenge.goal,
    status: challengeStatus(challenge, now),
    createdAt: challenge.createdAt,
    ...(challenge.updatedAt ? { updatedAt: challenge.updatedAt } : {}),
  };
}
