import { MAX_POLL_OPTIONS, MIN_POLL_OPTIONS } from '@contract/polls';
import type { PollChoice, PollInput, PollResultsVisibility } from '@contract/polls';
import type { Locale } from '@contract/locale';
import { fromDateTimeInput, toDateTimeInput } from '../dateTimeInput';

export { MAX_POLL_OPTIONS, MIN_POLL_OPTIONS };

/** The poll form as the manager fills it in: the closing time as typed in local time. */
export interface PollFormValues {
  questionFr: string;
  questionEn: string;
  options: { fr: string; en: string }[];
  choice: PollChoice;
  anonymous: boolean;
  resultsVisibility: PollResultsVisibility;
  closesAt: string;
  groupIds: string[];
  brandIds: string[];
  languages: Locale[];
}

/** `questionFr`, `questionEn`, `closesAt`, or `options.<index>.<fr|en>`. */
export type PollField = string;

/** Why a field is refused, each translated under `polls.editor.errors`. */
export type PollProblem = 'required' | 'date' | 'past' | 'duplicate' | 'tooLong';

const DAY_MS = 86_400_000;
const QUESTION_MAX = 300;
const OPTION_MAX = 100;

/** A new poll: two empty options, one answer, named, results after voting, closing in a week. */
export function newPollForm(now: Date, timeZone: string): PollFormValues {
  return {
    questionFr: '',
    questionEn: '',
    options: [
      { fr: '', en: '' },
      { fr: '', en: '' },
    ],
    choice: 'single',
    anonymous: false,
    resultsVisibility: 'after-vote',
    closesAt: toDateTimeInput(new Date(now.getTime() + 7 * DAY_MS).toISOString(), timeZone),
    groupIds: [],
    brandIds: [],
    languages: [],
  };
}

export type PollValidation =
  { ok: true; input: Omit<PollInput, 'send'> } | { ok: false; problems: Record<PollField, PollProblem> };

/** The same rules as the API, checked as the manager types so each field says what is wrong. */
export function validatePollForm(values: PollFormValues, now: Date, timeZone: string): PollValidation {
  const problems: Record<PollField, PollProblem> = {};
  const text = (field: PollField, value: string, max: number) => {
    if (!value.trim()) problems[field] = 'required';
    else if (value.trim().length > max) problems[field] = 'tooLong';
  };
  text('questionFr', values.questionFr, QUESTION_MAX);
  text('questionEn', values.questionEn, QUESTION_MAX);
  for (const language of ['fr', 'en'] as const) {
    const seen = new Set<string>();
    values.options.forEach((option, index) => {
      const field = `options.${index}.${language}`;
      text(field, option[language], OPTION_MAX);
      const label = option[language].trim().toLowerCase();
      if (label && seen.has(label)) problems[field] = 'duplicate';
      seen.add(label);
    });
  }
  const closesAt = fromDateTimeInput(values.closesAt, timeZone);
  if (!closesAt) problems['closesAt'] = 'date';
  else if (Date.parse(closesAt) <= now.getTime()) problems['closesAt'] = 'past';
  if (Object.keys(problems).length > 0 || !closesAt) return { ok: false, problems };
  return {
    ok: true,
    input: {
      question: { fr: values.questionFr.trim(), en: values.questionEn.trim() },
      options: values.options.map((option) => ({ label: { fr: option.fr.trim(), en: option.en.trim() } })),
      choice: values.choice,
      anonymous: values.anonymous,
      resultsVisibility: values.resultsVisibility,
      closesAt,
      audience: { groupIds: values.groupIds, brandIds: values.brandIds, languages: values.languages },
    },
  };
}

export function canAddOption(values: PollFormValues): boolean {
  return values.options.length < MAX_POLL_OPTIONS;
}

export function canRemoveOption(values: PollFormValues): boolean {
  return values.options.length > MIN_POLL_OPTIONS;
}
