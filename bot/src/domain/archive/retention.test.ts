import { describe, expect, it } from 'vitest';
import type { LegalHold } from '@contract/compliance';
import { archiveKeptUntil, DEFAULT_RETENTION, holdOn, retentionCutoffs } from './retention';

const hold = (scope: LegalHold['scope']): LegalHold => ({
  id: `hold-${scope.kind}`,
  scope,
  reason: 'Inquiry 2026-14',
  placedAt: '2026-01-01T00:00:00.000Z',
  placedBy: { id: 'admin', name: 'Admin' },
});

describe('retention', () => {
  it('counts each kind back from now by its own unit', () => {
    const cutoffs = retentionCutoffs(DEFAULT_RETENTION, new Date('2026-12-03T10:00:00.000Z'));
    expect(cutoffs).toEqual({
      archive: '2023-12-03T10:00:00.000Z',
      activity: '2024-11-03T10:00:00.000Z',
      audit: '2020-12-03T10:00:00.000Z',
      outbox: '2026-09-04T10:00:00.000Z',
      leavers: '2026-11-03T10:00:00.000Z',
    });
  });

  it('keeps an archive record for its years from the moment it was written', () => {
    expect(archiveKeptUntil('2026-02-10T08:00:00.000Z', { ...DEFAULT_RETENTION, archiveYears: 7 })).toBe(
      '2033-02-10T08:00:00.000Z',
    );
  });
});

describe('legal holds', () => {
  const subject = { at: '2025-06-30T23:59:00.000Z', personIds: ['camille'], campaignId: 'campaign-1' };

  it('hold a record about the person, of the campaign, or inside the period', () => {
    expect(holdOn([hold({ kind: 'person', personId: 'camille' })], subject)?.id).toBe('hold-person');
    expect(holdOn([hold({ kind: 'campaign', campaignId: 'campaign-1' })], subject)?.id).toBe('hold-campaign');
    expect(holdOn([hold({ kind: 'period', from: '2025-06-01', to: '2025-06-30' })], subject)?.id).toBe(
      'hold-period',
    );
  });

  it('leave everything else to its retention', () => {
    const holds = [
      hold({ kind: 'person', personId: 'dominique' }),
      hold({ kind: 'campaign', campaignId: 'campaign-2' }),
      hold({ kind: 'period', from: '2025-07-01', to: '2025-07-31' }),
    ];
    expect(holdOn(holds, subject)).toBeUndefined();
    expect(holdOn([], subject)).toBeUndefined();
  });
});
