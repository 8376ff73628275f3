import type { Locale } from '@contract/locale';
import type { ChallengeDoc } from '../../domain/documents';
import { challengeMessagesFor, goalText } from '../challenge-messages';
import { fill } from '../messages';
import { formatDay } from '../nudge-messages';
import { adaptiveCard, paragraph, title } from './adaptive-card';
import type { AdaptiveCard } from './adaptive-card';

/** Sent to the challenge's audience when it starts: what it asks, until when, and where to follow it. */
export function buildChallengeAnnouncementCard(
  person: { locale: Locale; timeZone: string },
  challenge: Pick<ChallengeDoc, 'name' | 'description' | 'endsAt' | 'goal'>,
  campaignName: string | undefined,
  challengesUrl: string,
): AdaptiveCard {
  const { locale, timeZone } = person;
  const m = challengeMessagesFor(locale);
  const description = challenge.description[locale];
  return adaptiveCard(
    [
      title(fill(m.announcementTitle, { challenge: challenge.name[locale] })),
      ...(description ? [paragraph(description)] : []),
      paragraph(goalText(locale, challenge.goal, campaignName)),
      paragraph(fill(m.announcementEnds, { date: formatDay(challenge.endsAt, locale, timeZone) })),
    ],
    [{ type: 'Action.OpenUrl', title: m.openChallenges, url: challengesUrl }],
  );
}
