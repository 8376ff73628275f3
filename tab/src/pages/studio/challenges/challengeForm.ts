import type { Challenge, ChallengeGoalKind, ChallengeInput } from '@contract/challenges';
import { fromDateTimeInput, toDateTimeInput } from '../../../ui/dateTimeInput';

/** The challenge form as the manager fills it in: dates in local time, the target as text. */
export interface ChallengeFormValues {
  nameFr: string;
  nameEn: string;
  descriptionFr: string;
  descriptionEn: string;
  startsAt: string;
  endsAt: string;
  groupIds: string[];
  brandIds: string[];
  goalKind: ChallengeGoalKind;
  target: string;
  /** For share goals; empty: any campaign. */
  campaignId: string;
}

export type ChallengeField = 'nameFr' | 'nameEn' | 'startsAt' | 'endsAt' | 'target';

/** Why a field is refused, each translated under `challenges.editor.errors`. */
export type ChallengeProblem = 'required' | 'date' | 'period' | 'target';

const DAY_MS = 86_400_000;

/** A new challenge: two weeks from now, five shares, everyone. */
export function newChallengeForm(now: Date, timeZone: string): ChallengeFormValues {
  return {
    nameFr: '',
    nameEn: '',
    descriptionFr: '',
    descriptionEn: '',
    startsAt: toDateTimeInput(now.toISOString(), timeZone),
    endsAt: toDateTimeInput(new Date(now.getTime() + 14 * DAY_MS).toISOString(), timeZone),
    groupIds: [],
    brandIds: [],
    goalKind: 'shares',
    target: '5',
    campaignId: '',
  };
}

export function challengeFormFrom(challenge: Challenge, timeZone: string): ChallengeFormValues {
  return {
    nameFr: challenge.name.fr,
    nameEn: challenge.name.en,
    descriptionFr: challenge.description.fr,
    descriptionEn: challenge.description.en,
    startsAt: toDateTimeInput(challenge.startsAt, timeZone),
    endsAt: toDateTimeInput(challenge.endsAt, timeZone),
    groupIds: [...challenge.audience.groupIds],
    brandIds: [...challenge.audience.brandIds],
    goalKind: challenge.goal.kind,
    target: String(challenge.goal.target),
    campaignId: challenge.goal.campaignId ?? '',
  };
}

export type ChallengeValidation =
  | { ok: true; input: ChallengeInput }
  | { ok: false; problems: Partial<Record<ChallengeField, ChallengeProblem>> };

/** The same rules as the API, checked before sending so each field says what is wrong. */
export function validateChallengeForm(values: ChallengeFormValues, timeZone: string): ChallengeValidation {
  const problems: Partial<Record<ChallengeField, ChallengeProblem>> = {};
  if (!values.nameFr.trim()) problems.nameFr = 'required';
  if (!values.nameEn.trim()) problems.nameEn = 'required';
  const startsAt = fromDateTimeInput(values.startsAt, timeZone);
  const endsAt = fromDateTimeInput(values.endsAt, timeZone);
  if (!startsAt) problems.startsAt = 'date';
  if (!endsAt) problems.endsAt = 'date';
  else if (startsAt && endsAt <= startsAt) problems.endsAt = 'period';
  const target = /^\d{1,5}$/.test(values.target.trim()) ? Number(values.target.trim()) : 0;
  if (target < 1 || target > 10_000) problems.target = 'target';
  if (Object.keys(problems).length > 0 || !startsAt || !endsAt) return { ok: false, problems };
  const campaignId =
    values.goalKind === 'shares' && values.campaignId ? { campaignId: values.campaignId } : {};
  return {
    ok: true,
    input: {
      name: { fr: values.nameFr.trim(), en: values.nameEn.trim() },
      description: { fr: values.descriptionFr.trim(), en: values.descriptionEn.trim() },
      startsAt,
      endsAt,
      audience: { groupIds: values.groupIds, brandIds: values.brandIds, languages: [] },
      goal: { kind: values.goalKind, target, ...campaignId },
    },
  };
}
