import type { Locale } from '@contract/locale';
import type { ChallengeDoc, StandingDoc } from '../../domain/documents';
import { challengeMessagesFor } from '../challenge-messages';
import { fill, formattingTag } from '../messages';
import { adaptiveCard, paragraph, title } from './adaptive-card';
import type { AdaptiveCard } from './adaptive-card';

export interface ChallengeProgress {
  standing: Pick<StandingDoc, 'points' | 'progress' | 'finishedAt' | 'place'> | undefined;
  rank: number | undefined;
}

/**
 * A participant's progress in a challenge: half way through (`stage` = `midway`) or once it is over, with their
 * place when they won one.
 */
export function buildChallengeProgressCard(
  locale: Locale,
  challenge: Pick<ChallengeDoc, 'name' | 'goal'>,
  stage: 'midway' | 'results',
  { standing, rank }: ChallengeProgress,
  challengesUrl: string,
): AdaptiveCard {
  const m = challengeMessagesFor(locale);
  const number = new Intl.NumberFormat(formattingTag(locale));
  const heading = title(
    fill(stage === 'midway' ? m.progressTitle : m.resultsTitle, { challenge: challenge.name[locale] }),
  );
  const actions = [{ type: 'Action.OpenUrl' as const, title: m.openChallenges, url: challengesUrl }];
  if (!standing || standing.points === 0) return adaptiveCard([heading, paragraph(m.progressNone)], actions);
  return adaptiveCard(
    [
      heading,
      {
        type: 'FactSet',
        facts: [
          {
            title: m.progressYou,
            value: fill(m.progressValue, { progress: standing.progress ?? 0, target: challenge.goal.target }),
          },
          { title: m.progressPoints, value: number.format(standing.points) },
          ...(rank ? [{ title: m.progressRank, value: number.format(rank) }] : []),
        ],
      },
      ...(standing.finishedAt ? [paragraph(m.progressDone)] : []),
      ...(stage === 'results' && standing.place
        ? [paragraph(fill(m.resultsPlace, { place: standing.place }))]
        : []),
    ],
    actions,
  );
}
