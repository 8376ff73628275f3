import type { Locale } from '@contract/locale';
import { NUDGE_TEXT_MAX, NUDGE_TITLE_MAX } from '@contract/nudges';
import type { NudgeInput } from '@contract/nudges';
import { fromDateTimeInput, toDateTimeInput } from '../../../ui/dateTimeInput';

/** The nudge form as the manager fills it in: the send time as typed in local time. */
export interface NudgeFormValues {
  titleFr: string;
  titleEn: string;
  textFr: string;
  textEn: string;
  when: 'now' | 'later';
  sendAt: string;
  button: 'none' | 'item' | 'campaign';
  targetId: string;
  groupIds: string[];
  brandIds: string[];
  languages: Locale[];
}

export type NudgeField = 'titleFr' | 'titleEn' | 'textFr' | 'textEn' | 'sendAt' | 'targetId';

/** Why a field is refused, each translated under `nudges.editor.errors`. */
export type NudgeProblem = 'required' | 'tooLong' | 'date' | 'past' | 'target';

const HOUR_MS = 3_600_000;

/** A new nudge: sent now, no button, to everyone; "later" proposes an hour from now. */
export function newNudgeForm(now: Date, timeZone: string): NudgeFormValues {
  return {
    titleFr: '',
    titleEn: '',
    textFr: '',
    textEn: '',
    when: 'now',
    sendAt: toDateTimeInput(new Date(now.getTime() + HOUR_MS).toISOString(), timeZone),
    button: 'none',
    targetId: '',
    groupIds: [],
    brandIds: [],
    languages: [],
  };
}

export type NudgeValidation =
  { ok: true; input: NudgeInput } | { ok: false; problems: Partial<Record<NudgeField, NudgeProblem>> };

/** The same rules as the API, checked as the manager types so each field says what is wrong. */
export function validateNudgeForm(values: NudgeFormValues, now: Date, timeZone: string): NudgeValidation {
  const problems: Partial<Record<NudgeField, NudgeProblem>> = {};
  const text = (field: NudgeField, value: string, max: number) => {
    if (!value.trim()) problems[field] = 'required';
    else if (value.trim().length > max) problems[field] = 'tooLong';
  };
  text('titleFr', values.titleFr, NUDGE_TITLE_MAX);
  text('titleEn', values.titleEn, NUDGE_TITLE_MAX);
  text('textFr', values.textFr, NUDGE_TEXT_MAX);
  text('textEn', values.textEn, NUDGE_TEXT_MAX);
  const sendAt = values.when === 'later' ? fromDateTimeInput(values.sendAt, timeZone) : undefined;
  if (values.when === 'later') {
    if (!sendAt) problems.sendAt = 'date';
    else if (Date.parse(sendAt) <= now.getTime()) problems.sendAt = 'past';
  }
  if (values.button !== 'none' && !values.targetId) problems.targetId = 'target';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: {
      audience: { groupIds: values.groupIds, brandIds: values.brandIds, languages: values.languages },
      ...(sendAt ? { sendAt } : {}),
      title: { fr: values.titleFr.trim(), en: values.titleEn.trim() },
      text: { fr: values.textFr.trim(), en: values.textEn.trim() },
      ...(values.button !== 'none' ? { link: { type: values.button, id: values.targetId } } : {}),
    },
  };
}
