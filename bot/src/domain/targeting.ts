import { campaignStatus } from './campaign-status';
import type { CampaignDoc, PersonDoc } from './documents';

/** Campaigns whose content people see: planned ones, between their start and end dates. */
export function isCampaignOpen(campaign: CampaignDoc, now: Date): boolean {
  return campaignStatus(campaign, now) === 'live';
}

/** What targeting reads of a person. */
export type AudienceMember = Pick<PersonDoc, 'groupIds' | 'brandId' | 'locale'> & {
  enrolment: Pick<PersonDoc['enrolment'], 'languages'>;
};

/**
 * Whether a person is in a campaign's (or an event's) audience. An empty list in the audience means
 * "everyone" on that axis; languages match the person's chosen languages, or their interface language
 * before they join.
 */
export function isInAudience(person: AudienceMember, target: Pick<CampaignDoc, 'audience'>): boolean {
  const { groupIds, brandIds, languages } = target.audience;
  const personLanguages =
    person.enrolment.languages.length > 0 ? person.enrolment.languages : [person.locale];
  return (
    (groupIds.length === 0 || groupIds.some((id) => person.groupIds.includes(id))) &&
    (brandIds.length === 0 || (person.brandId !== undefined && brandIds.includes(person.brandId))) &&
    (languages.length === 0 || languages.some((language) => personLanguages.includes(language)))
  );
}

export function campaignsFor(person: PersonDoc, campaigns: readonly CampaignDoc[], now: Date): CampaignDoc[] {
  return campaigns.filter((campaign) => isCampaignOpen(campaign, now) && isInAudience(person, campaign));
}
