import { clockTimeSchema, networkAudienceSchema } from '@contract/enrolment';
import type { Enrolment, Join, UpdateEnrolment } from '@contract/enrolment';
import type { nudgeFrequencySchema } from '@contract/enrolment';
import { locales } from '@contract/locale';
import type { Locale } from '@contract/locale';
import { networks } from '@contract/network';
import type { Network } from '@contract/network';
import type { CodedReason } from '@contract/problem-codes';
import type { z } from 'zod';
import type { FieldProblem } from '../../api/ApiProblem';

export type NudgeFrequency = z.infer<typeof nudgeFrequencySchema>;

/** The joining / preferences form as the person fills it in (numbers and times still as typed). */
export interface EnrolmentFormValues {
  networks: Record<Network, { chosen: boolean; audience: string }>;
  languages: Locale[];
  nudges: NudgeFrequency;
  quietStart: string;
  quietEnd: string;
  timeZone: string;
  showOnLeaderboards: boolean;
  /** Joining only: "I have read and accept the charter". */
  acceptCharter: boolean;
}

/** Where a message shows in the form; 'form' is above it, for anything not tied to one field. */
export type FormField =
  | 'charter'
  | 'networks'
  | `audience.${Network}`
  | 'languages'
  | 'nudges'
  | 'quietHours'
  | 'timeZone'
  | 'form';

/** Why the form refuses to submit, each translated under `enrolmentForm.errors`. */
export type FormProblem =
  'acceptCharter' | 'noNetwork' | 'noLanguage' | 'audience' | 'quietHours' | 'timeZone';

export function initialFormValues(
  enrolment: Pick<Enrolment, 'networks' | 'languages' | 'preferences'> | undefined,
  defaults: { timeZone: string; language: Locale },
): EnrolmentFormValues {
  const chosen = new Map(enrolment?.networks.map((entry) => [entry.network, entry.audienceSize]));
  const preferences = enrolment?.preferences;
  return {
    networks: Object.fromEntries(
      networks.map((network) => [
        network,
        { chosen: chosen.has(network), audience: String(chosen.get(network) ?? '') },
      ]),
    ) as EnrolmentFormValues['networks'],
    languages: enrolment?.languages.length ? [...enrolment.languages] : [defaults.language],
    nudges: preferences?.nudges ?? 'daily-digest',
    quietStart: preferences?.quietHours?.start ?? '',
    quietEnd: preferences?.quietHours?.end ?? '',
    timeZone: preferences?.timeZone ?? defaults.timeZone,
    // Appearing before others is a choice the person makes: never presumed (GDPR consent is not pre-ticked).
    showOnLeaderboards: preferences?.showOnLeaderboards ?? false,
    acceptCharter: false,
  };
}

/** What stops the form from being sent, by field; empty when it can be sent. */
export function validateForm(
  values: EnrolmentFormValues,
  mode: 'join' | 'update',
): Partial<Record<FormField, FormProblem>> {
  const problems: Partial<Record<FormField, FormProblem>> = {};
  if (mode === 'join' && !values.acceptCharter) problems.charter = 'acceptCharter';
  if (!networks.some((network) => values.networks[network].chosen)) problems.networks = 'noNetwork';
  for (const network of networks) {
    const { chosen, audience } = values.networks[network];
    if (chosen && audience.trim() && parseAudience(audience) === undefined)
      problems[`audience.${network}`] = 'audience';
  }
  if (values.languages.length === 0) problems.languages = 'noLanguage';
  const start = values.quietStart.trim();
  const end = values.quietEnd.trim();
  if ((start || end) && !(isClockTime(start) && isClockTime(end))) problems.quietHours = 'quietHours';
  if (!values.timeZone.trim()) problems.timeZone = 'timeZone';
  return problems;
}

function parseAudience(raw: string): number | undefined {
  const trimmed = raw.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const audience = networkAudienceSchema.shape.audienceSize.safeParse(Number(trimmed));
  return audience.success ? audience.data : undefined;
}

const isClockTime = (text: string) => clockTimeSchema.safeParse(text).success;

/** The request body for PUT /api/v1/me/enrolment (and the shared part of joining). */
export function toEnrolmentRequest(values: EnrolmentFormValues): UpdateEnrolment {
  const start = values.quietStart.trim();
  const end = values.quietEnd.trim();
  return {
    networks: networks
      .filter((network) => values.networks[network].chosen)
      .map((network) => {
        const audienceSize = parseAudience(values.networks[network].audience);
        return audienceSize === undefined ? { network } : { network, audienceSize };
      }),
    // Kept in a stable order whatever order they were ticked in.
    languages: locales.filter((language) => values.languages.includes(language)),
    preferences: {
      nudges: values.nudges,
      ...(start && end ? { quietHours: { start, end } } : {}),
      timeZone: values.timeZone.trim(),
      showOnLeaderboards: values.showOnLeaderboards,
    },
  };
}

export function toJoinRequest(
  values: EnrolmentFormValues,
  charter: { version: string; language: Locale },
): Join {
  return {
    charterVersion: charter.version,
    charterLanguage: charter.language,
    ...toEnrolmentRequest(values),
  };
}

/**
 * Where the API's field error belongs in the form. The API names fields by their path in the request
 * ("body.networks.1.audienceSize"), so the request that was sent tells which network index 1 was.
 */
export function formFieldFor(field: string, sent: Pick<UpdateEnrolment, 'networks'>): FormField {
  const [first, second, third] = field.replace(/^body\./, '').split('.');
  switch (first) {
    case 'charterVersion':
    case 'charterLanguage':
      return 'charter';
    case 'networks': {
      const network = second === undefined ? undefined : sent.networks[Number(second)]?.network;
      return third === 'audienceSize' && network ? `audience.${network}` : 'networks';
    }
    case 'languages':
      return 'languages';
    case 'preferences':
      if (second === 'nudges' || second === 'quietHours' || second === 'timeZone') return second;
      return 'form';
    default:
      return 'form';
  }
}

/** The API's field errors, gathered by where they show in the form, each a code to translate. */
export function serverFieldErrors(
  errors: FieldProblem[] | undefined,
  sent: Pick<UpdateEnrolment, 'networks'>,
): Partial<Record<FormField, CodedReason[]>> {
  const byField: Partial<Record<FormField, CodedReason[]>> = {};
  for (const { field, code, params } of errors ?? []) {
    const at = formFieldFor(field, sent);
    (byField[at] ??= []).push(params ? { code, params } : { code });
  }
  return byField;
}

/** The time zones to choose from, the current one included even when the browser does not list it. */
export function timeZoneOptions(supported: readonly string[], current: string): string[] {
  return supported.includes(current) || !current ? [...supported] : [current, ...supported];
}
