import { describe, expect, it } from 'vitest';
import { campaignStatus, decideCampaignStatus } from './campaign-status';

const period = { startsAt: '2026-11-10T00:00:00.000Z', endsAt: '2026-12-10T00:00:00.000Z' };
const before = new Date('2026-11-01T00:00:00Z');
const during = new Date('2026-11-20T00:00:00Z');
const after = new Date('2026-12-10T00:00:00Z');

describe('campaignStatus', () => {
  it('a planned campaign is scheduled before its start, live during its period, ended from its end', () => {
    const planned = { ...period, status: 'scheduled' as const };
    expect(campaignStatus(planned, before)).toBe('scheduled');
    expect(campaignStatus(planned, new Date(period.startsAt))).toBe('live');
    expect(campaignStatus(planned, during)).toBe('live');
    expect(campaignStatus(planned, after)).toBe('ended');
  });

  it('drafts and archived campaigns stay what a person decided, whatever the dates', () => {
    for (const now of [before, during, after]) {
      expect(campaignStatus({ ...period, status: 'draft' }, now)).toBe('draft');
      expect(campaignStatus({ ...period, status: 'archived' }, now)).toBe('archived');
    }
  });
});

describe('decideCampaignStatus', () => {
  it('plans a draft, unless its period is over', () => {
    expect(decideCampaignStatus({ ...period, status: 'draft' }, 'scheduled', during)).toEqual({
      ok: true,
      status: 'scheduled',
    });
    expect(decideCampaignStatus({ ...period, status: 'draft' }, 'scheduled', after)).toMatchObject({
      ok: false,
      reason: {
        code: 'campaign.endPassed',
        params: { status: 'draft' },
        detail: expect.stringContaining('end date has passed'),
      },
    });
  });

  it('takes a planned campaign back to draft only before it starts', () => {
    expect(decideCampaignStatus({ ...period, status: 'scheduled' }, 'draft', before)).toMatchObject({
      ok: true,
    });
    expect(decideCampaignStatus({ ...period, status: 'scheduled' }, 'draft', during)).toMatchObject({
      ok: false,
      reason: {
        code: 'campaign.onlyScheduledToDraft',
        params: { status: 'live' },
        detail: expect.stringContaining('this one is live'),
      },
    });
  });

  it('archives anything once', () => {
    expect(decideCampaignStatus({ ...period, status: 'scheduled' }, 'archived', during)).toMatchObject({
      ok: true,
      status: 'archived',
    });
    expect(decideCampaignStatus({ ...period, status: 'archived' }, 'archived', during)).toMatchObject({
      ok: false,
    });
    expect(decideCampaignStatus({ ...period, status: 'archived' }, 'scheduled', during)).toMatchObject({
      ok: false,
    });
  });
});
