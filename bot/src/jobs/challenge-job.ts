import { ranked } from '../domain/standings';
import { midpoint } from '../domain/challenge-rules';
import { WINNING_PLACES } from '../domain/badges';
import type { ChallengeDoc, PersonDoc, StandingDoc } from '../domain/documents';
import { isInAudience } from '../domain/targeting';
import { enqueueMessage } from '../delivery/enqueue-message';
import type { Logger } from '../logger';
import type { Repositories } from '../store/repositories';
import { buildChallengeAnnouncementCard } from '../chat/cards/challenge-announcement-card';
import { buildChallengeProgressCard } from '../chat/cards/challenge-progress-card';
import { challengeMessagesFor } from '../chat/challenge-messages';
import { fill } from '../chat/messages';
import type { TabPage } from '../chat/tab-deep-link';
import type { Job } from './job-scheduler';

/**
 * Moves planned challenges along their period, across tenants, under a lease: announces each at its start,
 * sends every participant their progress half way, and at the end places the winners (their badge) and sends
 * the results. Each step is marked on the challenge once its cards are queued; the outbox ids make a step
 * repeated after a crash send nothing twice. A step whose moment has passed (a challenge planned late) is skipped.
 */
export function challengeJob(
  repositories: Repositories,
  tabDeepLink: (page: TabPage) => string,
  logger: Logger,
  clock: () => Date = () => new Date(),
): Job {
  return {
    name: 'challenges',
    intervalMs: 60_000,
    async run() {
      const now = clock();
      for (const challenge of await repositories.challenges.needingAttention(now)) {
        try {
          await advance(repositories, challenge, tabDeepLink('challenges'), now);
        } catch (error) {
          logger.error({ err: error, challengeId: challenge.id }, 'challenge step not done');
        }
      }
    },
  };
}

async function advance(repositories: Repositories, challenge: ChallengeDoc, url: string, now: Date) {
  const at = now.getTime();
  const ended = at >= Date.parse(challenge.endsAt);
  const { tenantId } = challenge;
  const audience = async () =>
    (await repositories.people.ambassadors(tenantId)).filter((person) => isInAudience(person, challenge));
  const mark = (step: 'announcedAt' | 'midwayAt' | 'closedAt') =>
    repositories.challenges.update(tenantId, challenge.id, (current) => ({
      ...current,
      [step]: now.toISOString(),
    }));

  if (!challenge.announcedAt) {
    if (!ended) {
      const campaign = challenge.goal.campaignId
        ? await repositories.campaigns.get(tenantId, challenge.goal.campaignId)
        : undefined;
      await send(repositories, challenge, 'announcement', await audience(), now, (person) => ({
        card: buildChallengeAnnouncementCard(person, challenge, campaign?.name[person.locale], url),
        summary: fill(challengeMessagesFor(person.locale).announcementTitle, {
          challenge: challenge.name[person.locale],
        }),
      }));
    }
    await mark('announcedAt');
  }
  if (!challenge.midwayAt && at >= midpoint(challenge)) {
    if (!ended) await sendProgress(repositories, challenge, 'midway', await audience(), url, now);
    await mark('midwayAt');
  }
  if (!challenge.closedAt && ended) {
    await placeWinners(repositories, challenge);
    await sendProgress(repositories, challenge, 'results', await audience(), url, now);
    await mark('closedAt');
  }
}

/** The top places by points (ties share a place), among people who earned any. */
async function placeWinners(repositories: Repositories, challenge: ChallengeDoc) {
  const top = (
    await repositories.standings.top(challenge.tenantId, challenge.id, 'person', WINNING_PLACES * 4)
  ).filter((standing) => standing.points > 0);
  for (const { item, rank } of ranked(top, (standing) => standing.points)) {
    if (rank <= WINNING_PLACES) await repositories.standings.place(challenge.tenantId, item.id, rank);
  }
}

async function sendProgress(
  repositories: Repositories,
  challenge: ChallengeDoc,
  stage: 'midway' | 'results',
  recipients: PersonDoc[],
  url: string,
  now: Date,
) {
  const standings = await repositories.standings.top(challenge.tenantId, challenge.id, 'person', 100_000);
  const byPerson = new Map<string, { standing: StandingDoc; rank: number }>(
    ranked(standings, (standing) => standing.points).map(({ item, rank }) => [
      item.subjectId,
      { standing: item, rank },
    ]),
  );
  // The results go to those who took part; half way, everyone of the audience hears where they stand.
  const told = stage === 'results' ? recipients.filter((person) => byPerson.has(person.id)) : recipients;
  await send(repositories, challenge, stage, told, now, (person) => {
    const mine = byPerson.get(person.id);
    const m = challengeMessagesFor(person.locale);
    return {
      card: buildChallengeProgressCard(
        person.locale,
        challenge,
        stage,
        { standing: mine?.standing, rank: mine?.rank },
        url,
      ),
      summary: fill(stage === 'midway' ? m.progressTitle : m.resultsTitle, {
        challenge: challenge.name[person.locale],
      }),
    };
  });
}

function send(
  repositories: Repositories,
  challenge: ChallengeDoc,
  step: string,
  recipients: PersonDoc[],
  now: Date,
  render: Parameters<typeof enqueueMessage>[1]['render'],
) {
  return enqueueMessage(
    repositories,
    {
      tenantId: challenge.tenantId,
      messageId: `challenge:${challenge.id}:${step}`,
      kind: 'challenge',
      recipients,
      render,
    },
    now,
  );
}
