import type { Application } from '@microsoft/teams-ai';
import { ActivityTypes } from 'botbuilder';
import type { TurnContext } from 'botbuilder';
import { toLocale } from '@contract/locale';
import type { PollCardOutcome, PollVoting } from '../polls/poll-voting';
import { tenantIdOf } from './bot-person';
import {
  buildMissingPollCard,
  buildPollCard,
  POLL_REFRESH_VERB,
  POLL_VOTE_VERB,
} from '../chat/cards/poll-card';
import type { AdaptiveCard } from '../chat/cards/adaptive-card';

/** Until a person's profile says otherwise, times on their card read in UTC. */
const DEFAULT_TIME_ZONE = 'UTC';

/**
 * The poll card's `Action.Execute` verbs: the answer is the card that replaces the person's copy (their vote,
 * the results when visible). Everything else happens in `PollVoting`.
 */
export function registerPollActions(app: Application, voting: PollVoting): void {
  app.adaptiveCards.actionExecute(POLL_VOTE_VERB, async (context, _state, data) =>
    replaceCard(context, toCard(context, await voting.vote(voterOf(context), data))),
  );
  app.adaptiveCards.actionExecute(POLL_REFRESH_VERB, async (context, _state, data) =>
    replaceCard(context, toCard(context, await voting.show(voterOf(context), data))),
  );
}

/**
 * Answers the invoke with the card for this person alone. Left to teams-ai, a card with `refresh` would also
 * be pushed to everyone through `updateActivity`: a second call to the Bot Connector that a personal poll card
 * does not need (each person's copy differs, and refreshes itself).
 */
async function replaceCard(context: TurnContext, card: AdaptiveCard): Promise<AdaptiveCard> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: {
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card },
    },
  });
  return card;
}

function voterOf(context: TurnContext) {
  const { activity } = context;
  return { tenantId: tenantIdOf(activity) ?? '', personId: activity.from.aadObjectId ?? '' };
}

function toCard(context: TurnContext, outcome: PollCardOutcome): AdaptiveCard {
  const locale = toLocale(
    outcome.found ? (outcome.person?.locale ?? context.activity.locale) : context.activity.locale,
  );
  if (!outcome.found) return buildMissingPollCard(locale);
  return buildPollCard(outcome.view, {
    locale,
    timeZone: outcome.person?.timeZone ?? DEFAULT_TIME_ZONE,
    teamsUserId: context.activity.from.id,
  });
}
