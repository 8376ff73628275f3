import type { Campaign, CampaignInput, CampaignObjective } from '@contract/campaigns';
import type { Locale } from '@contract/locale';
import { fromDateTimeInput, toDateTimeInput } from '../../../ui/dateTimeInput';

/** The campaign form as the manager fills it in: dates as typed in local time, numbers as text. */
export interface CampaignFormValues {
  nameFr: string;
  nameEn: string;
  objective: CampaignObjective;
  brandId: string;
  startsAt: string;
  endsAt: string;
  groupIds: string[];
  brandIds: string[];
  languages: Locale[];
  shares: string;
  clicks: string;
  /** Percent, 0 to 100. */
  participation: string;
}

export type CampaignField =
  'nameFr' | 'nameEn' | 'brandId' | 'startsAt' | 'endsAt' | 'shares' | 'clicks' | 'participation';

/** Why a field is refused, each translated under `campaigns.editor.errors`. */
export type CampaignProblem = 'required' | 'date' | 'period' | 'number' | 'percent';

const DAY_MS = 86_400_000;

/** A new campaign: starting now, for four weeks, everyone in the audience. */
export function newCampaignForm(now: Date, brandId: string, timeZone: string): CampaignFormValues {
  return {
    nameFr: '',
    nameEn: '',
    objective: 'awareness',
    brandId,
    startsAt: toDateTimeInput(now.toISOString(), timeZone),
    endsAt: toDateTimeInput(new Date(now.getTime() + 28 * DAY_MS).toISOString(), timeZone),
    groupIds: [],
    brandIds: [],
    languages: [],
    shares: '100',
    clicks: '1000',
    participation: '30',
  };
}

export function campaignFormFrom(campaign: Campaign, timeZone: string): CampaignFormValues {
  return {
    nameFr: campaign.name.fr,
    nameEn: campaign.name.en,
    objective: campaign.objective,
    brandId: campaign.brandId,
    startsAt: toDateTimeInput(campaign.startsAt, timeZone),
    endsAt: toDateTimeInput(campaign.endsAt, timeZone),
    groupIds: [...campaign.audience.groupIds],
    brandIds: [...campaign.audience.brandIds],
    languages: [...campaign.audience.languages],
    shares: String(campaign.targets.shares),
    clicks: String(campaign.targets.clicks),
    participation: String(Math.round(campaign.targets.participationRate * 1000) / 10),
  };
}

export type CampaignValidation =
  | { ok: true; input: CampaignInput }
  | { ok: false; problems: Partial<Record<CampaignField, CampaignProblem>> };

/** The same rules as the API, checked before sending so each field says what is wrong. */
export function validateCampaignForm(values: CampaignFormValues, timeZone: string): CampaignValidation {
  const problems: Partial<Record<CampaignField, CampaignProblem>> = {};
  if (!values.nameFr.trim()) problems.nameFr = 'required';
  if (!values.nameEn.trim()) problems.nameEn = 'required';
  if (!values.brandId) problems.brandId = 'required';
  const startsAt = fromDateTimeInput(values.startsAt, timeZone);
  const endsAt = fromDateTimeInput(values.endsAt, timeZone);
  if (!startsAt) problems.startsAt = 'date';
  if (!endsAt) problems.endsAt = 'date';
  else if (startsAt && endsAt <= startsAt) problems.endsAt = 'period';
  const shares = wholeNumber(values.shares);
  const clicks = wholeNumber(values.clicks);
  const participation = Number(values.participation.replace(',', '.'));
  if (shares === undefined) problems.shares = 'number';
  if (clicks === undefined) problems.clicks = 'number';
  if (
    !values.participation.trim() ||
    !Number.isFinite(participation) ||
    participation < 0 ||
    participation > 100
  )
    problems.participation = 'percent';
  if (
    Object.keys(problems).length > 0 ||
    !startsAt ||
    !endsAt ||
    shares === undefined ||
    clicks === undefined
  )
    return { ok: false, problems };
  return {
    ok: true,
    input: {
      name: { fr: values.nameFr.trim(), en: values.nameEn.trim() },
      objective: values.objective,
      brandId: values.brandId,
      startsAt,
      endsAt,
      audience: { groupIds: values.groupIds, brandIds: values.brandIds, languages: values.languages },
      targets: { shares, clicks, participationRate: participation / 100 },
    },
  };
}

function wholeNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d{1,10}$/.test(trimmed) ? Number(trimmed) : undefined;
}
