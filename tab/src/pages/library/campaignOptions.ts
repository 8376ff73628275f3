import type { LibraryItemSummary } from '@contract/library';

export type CampaignRef = LibraryItemSummary['campaign'];

/**
 * The campaigns to filter by: those of every item loaded so far (the API has no campaign list for
 * employees). Returns `known` itself when nothing is new, so callers can skip an update.
 */
export function mergeCampaigns(
  known: readonly CampaignRef[],
  items: readonly Pick<LibraryItemSummary, 'campaign'>[],
): readonly CampaignRef[] {
  const ids = new Set(known.map((campaign) => campaign.id));
  const added: CampaignRef[] = [];
  for (const { campaign } of items) {
    if (ids.has(campaign.id)) continue;
    ids.add(campaign.id);
    added.push(campaign);
  }
  return added.length === 0 ? known : [...known, ...added];
}
