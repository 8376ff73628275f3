import type { Locale } from '@contract/locale';
import { percentOf } from '../../domain/poll-tally';
import type { PollView } from '../../domain/poll-view';
import { fill, formattingTag } from '../messages';
import { pollMessagesFor, refusalMessage } from '../poll-messages';
import { adaptiveCard, paragraph, title } from './adaptive-card';
import type { AdaptiveCard, ExecuteAction } from './adaptive-card';

export const POLL_VOTE_VERB = 'poll.vote';
export const POLL_REFRESH_VERB = 'poll.refresh';
/** The choice set's id: its value comes back in the action's data under this name. */
export const POLL_CHOICE_INPUT = 'optionIds';

export interface PollCardReader {
  locale: Locale;
  timeZone: string;
  /** The reader's Teams user id, when known: Teams then refreshes their copy each time they open it. */
  teamsUserId?: string;
}

/**
 * One person's poll card: the question and options while it is open (their choice preselected), their vote,
 * the results when they may see them, and "closed" once it is. Teams re-fetches it through `refresh`
 * whenever it is shown, so a card opened days later is current.
 */
export function buildPollCard(view: PollView, reader: PollCardReader): AdaptiveCard {
  const m = pollMessagesFor(reader.locale);
  const { poll, status, myChoice, results } = view;
  const label = (optionId: string) =>
    poll.options.find((option) => option.id === optionId)?.label[reader.locale] ?? optionId;
  const open = status === 'open';
  const closesAt = new Intl.DateTimeFormat(formattingTag(reader.locale), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: reader.timeZone,
  }).format(new Date(poll.closesAt));

  const body: AdaptiveCard['body'] = [
    title(poll.question[reader.locale]),
    {
      ...paragraph(
        [
          open ? fill(m.closesAt, { at: closesAt }) : m.closed,
          poll.choice === 'single' ? m.chooseOne : m.chooseSeveral,
          poll.anonymous ? m.anonymous : m.named,
        ].join(' '),
      ),
      isSubtle: true,
    },
  ];
  if (view.refusal) body.push({ ...paragraph(refusalMessage(m, view.refusal)), weight: 'Bolder' });
  if (open) {
    body.push({
      type: 'Input.ChoiceSet',
      id: POLL_CHOICE_INPUT,
      label: m.answers,
      style: 'expanded',
      isMultiSelect: poll.choice === 'multiple',
      isRequired: true,
      errorMessage: m.chooseError,
      choices: poll.options.map((option) => ({ title: option.label[reader.locale], value: option.id })),
      ...(myChoice ? { value: myChoice.join(',') } : {}),
    });
  }
  if (myChoice) body.push(paragraph(fill(m.yourVote, { choice: myChoice.map(label).join(', ') })));
  if (results) {
    body.push({ ...paragraph(fill(m.results, { voters: results.voters })), weight: 'Bolder' });
    body.push({
      type: 'FactSet',
      facts: results.options.map((option) => ({
        title: label(option.optionId),
        value: fill(m.resultLine, {
          votes: option.votes,
          percent: percentOf(option.votes, results.voters),
        }),
      })),
    });
  }

  const data = { pollId: poll.id };
  const card = adaptiveCard(
    body,
    open
      ? [{ type: 'Action.Execute', verb: POLL_VOTE_VERB, title: myChoice ? m.changeVote : m.vote, data }]
      : undefined,
  );
  if (status === 'closed') return card;
  const refresh: ExecuteAction = { type: 'Action.Execute', verb: POLL_REFRESH_VERB, data };
  return {
    ...card,
    refresh: { action: refresh, ...(reader.teamsUserId ? { userIds: [reader.teamsUserId] } : {}) },
  };
}

/** The card for an action on a poll that was deleted or never existed. */
export function buildMissingPollCard(locale: Locale): AdaptiveCard {
  return adaptiveCard([paragraph(pollMessagesFor(locale).missing)]);
}
