import type { z } from 'zod';
import { MAX_POLL_OPTIONS, MIN_POLL_OPTIONS, pollInputSchemaAt } from '@contract/polls';
import type { PollChoice, PollInput, PollResultsVisibility } from '@contract/polls';
import type { Locale } from '@contract/locale';
import { fromDateTimeInput, toDateTimeInput } from '../../../ui/dateTimeInput';

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

/** The API's own schema checks the form as the manager types, so each field says what is wrong. */
export function validatePollForm(values: PollFormValues, now: Date, timeZone: string): PollValidation {
  const closesAt = fromDateTimeInput(values.closesAt, timeZone);
  const problems: Record<PollField, PollProblem> = {};
  if (!closesAt) problems['closesAt'] = 'date';
  const parsed = pollInputSchemaAt(() => now.getTime()).safeParse({
    question: { fr: values.questionFr, en: values.questionEn },
    options: values.options.map((option) => ({ label: { fr: option.fr, en: option.en } })),
    choice: values.choice,
    anonymous: values.anonymous,
    resultsVisibility: values.resultsVisibility,
    closesAt: closesAt ?? '',
    audience: { groupIds: values.groupIds, brandIds: values.brandIds, languages: values.languages },
    send: false,
  });
  for (const issue of parsed.error?.issues ?? []) {
    const field = formFieldOf(issue.path);
    if (field && !(field in problems)) problems[field] = problemOf(issue);
  }
  if (!parsed.success || !closesAt) return { ok: false, problems };
  const { question, options, choice, anonymous, resultsVisibility, audience } = parsed.data;
  return { ok: true, input: { question, options, choice, anonymous, resultsVisibility, closesAt, audience } };
}

/** `question.fr` → `questionFr`, `options.1.label.en` → `options.1.en`, `closesAt` as it is. */
function formFieldOf(path: readonly PropertyKey[]): PollField | undefined {
  const [first, second, third, fourth] = path.map(String);
  if (first === 'question' && (second === 'fr' || second === 'en'))
    return second === 'fr' ? 'questionFr' : 'questionEn';
  if (first === 'options' && third === 'label') return `options.${second}.${fourth}`;
  return first === 'closesAt' ? 'closesAt' : undefined;
}

/** The contract's cross-field rules, by the code each declares. */
const ruleProblems: Partial<Record<string, PollProblem>> = {
  'field.sameAsAnotherOption': 'duplicate',
  'field.mustBeInFuture': 'past',
};

function problemOf(issue: z.core.$ZodIssue): PollProblem {
  if (issue.code === 'too_big') return 'tooLong';
  if (issue.code === 'custom') return ruleProblems[String(issue.params?.['code'])] ?? 'required';
  if (issue.code === 'invalid_format') return 'date';
  return 'required';
}

export function canAddOption(values: PollFormValues): boolean {
  return values.options.length < MAX_POLL_OPTIONS;
}

export function canRemoveOption(values: PollFormValues): boolean {
  return values.options.length > MIN_POLL_OPTIONS;
}
