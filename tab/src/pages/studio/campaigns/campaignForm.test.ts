import { describe, expect, it } from 'vitest';
import type { Campaign } from '@contract/campaigns';
import { campaignFormFrom, newCampaignForm, validateCampaignForm } from './campaignForm';

const ZONE = 'Europe/Paris';

const now = new Date('2026-06-01T08:00:00.000Z');

describe('the campaign form', () => {
  it('turns what the manager typed into the API’s campaign', () => {
    const form = {
      ...newCampaignForm(now, 'brand-mobility', ZONE),
      nameFr: ' Douai recrute ',
      nameEn: 'Douai is hiring',
    };
    const result = validateCampaignForm(
      { ...form, participation: '35,5', groupIds: ['group-douai-plant'] },
      ZONE,
    );
    expect(result).toEqual({
      ok: true,
      input: {
        name: { fr: 'Douai recrute', en: 'Douai is hiring' },
        objective: 'awareness',
        brandId: 'brand-mobility',
        startsAt: now.toISOString(),
        endsAt: '2026-06-29T08:00:00.000Z',
        audience: { groupIds: ['group-douai-plant'], brandIds: [], languages: [] },
        targets: { shares: 100, clicks: 1000, participationRate: 0.355 },
      },
    });
  });

  it('says which field is wrong, and why', () => {
    const form = newCampaignForm(now, '', ZONE);
    const result = validateCampaignForm(
      {
        ...form,
        endsAt: form.startsAt,
        shares: '-1',
        participation: '120',
      },
      ZONE,
    );
    expect(result).toEqual({
      ok: false,
      problems: {
        nameFr: 'required',
        nameEn: 'required',
        brandId: 'required',
        endsAt: 'period',
        shares: 'number',
        participation: 'percent',
      },
    });
  });

  it('fills in from an existing campaign, the rate as a percentage', () => {
    const campaign = {
      name: { fr: 'A', en: 'B' },
      objective: 'recruitment',
      brandId: 'brand-energy',
      startsAt: now.toISOString(),
      endsAt: '2026-07-01T08:00:00.000Z',
      audience: { groupIds: ['g'], brandIds: [], languages: ['fr'] },
      targets: { shares: 5, clicks: 50, participationRate: 0.35 },
    } as unknown as Campaign;
    const form = campaignFormFrom(campaign, ZONE);
    expect(form).toMatchObject({ nameFr: 'A', participation: '35', languages: ['fr'] });
    expect(validateCampaignForm(form, ZONE)).toMatchObject({
      ok: true,
      input: { targets: { participationRate: 0.35 } },
    });
  });
});
