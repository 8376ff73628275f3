import { describe, expect, it } from 'vitest';
import type { CampaignDoc, PersonDoc } from './documents';
import { campaignsFor, isInAudience } from './targeting';

const now = new Date('2026-11-22T12:00:00Z');
const person = (overrides: Partial<PersonDoc> = {}) =>
  ({
    groupIds: ['pilot'],
    brandId: 'mobility',
    locale: 'fr',
    enrolment: { languages: [] },
    ...overrides,
  }) as PersonDoc;
const campaign = (audience: Partial<CampaignDoc['audience']>, overrides: Partial<CampaignDoc> = {}) =>
  ({
    id: 'c',
    status: 'scheduled',
    startsAt: '2026-11-01T00:00:00Z',
    endsAt: '2026-12-01T00:00:00Z',
    audience: { groupIds: [], brandIds: [], languages: [], ...audience },
    ...overrides,
  }) as CampaignDoc;

describe('campaign targeting', () => {
  it('an empty audience axis means everyone', () => {
    expect(isInAudience(person(), campaign({}))).toBe(true);
  });

  it('every axis given must match', () => {
    expect(isInAudience(person(), campaign({ groupIds: ['plant', 'pilot'] }))).toBe(true);
    expect(isInAudience(person(), campaign({ groupIds: ['plant'] }))).toBe(false);
    expect(isInAudience(person(), campaign({ brandIds: ['energy'] }))).toBe(false);
    expect(isInAudience(person({ brandId: undefined }), campaign({ brandIds: ['mobility'] }))).toBe(false);
  });

  it('languages: the ones an ambassador chose, else the interface language', () => {
    expect(isInAudience(person(), campaign({ languages: ['en'] }))).toBe(false);
    const bilingual = person({ enrolment: { languages: ['fr', 'en'] } as PersonDoc['enrolment'] });
    expect(isInAudience(bilingual, campaign({ languages: ['en'] }))).toBe(true);
  });

  it('only open campaigns count: not drafts or archived, not before they start, not once they end', () => {
    expect(campaignsFor(person(), [campaign({})], now)).toHaveLength(1);
    expect(campaignsFor(person(), [campaign({}, { status: 'draft' })], now)).toHaveLength(0);
    expect(campaignsFor(person(), [campaign({}, { status: 'archived' })], now)).toHaveLength(0);
    expect(campaignsFor(person(), [campaign({}, { startsAt: '2026-11-23T00:00:00Z' })], now)).toHaveLength(0);
    expect(campaignsFor(person(), [campaign({}, { endsAt: '2026-11-22T12:00:00Z' })], now)).toHaveLength(0);
  });
});
