import { describe, expect, it } from 'vitest';
import { checkRetentionDraft, retentionBounds, retentionDraft } from './retentionForm';

const settings = { archiveYears: 3, activityMonths: 25, auditYears: 6, outboxDays: 90, leaversDays: 30 };

describe('the retention form', () => {
  it('gives back the settings typed within their bounds', () => {
    expect(checkRetentionDraft(retentionDraft(settings))).toEqual({ ok: true, settings });
  });

  it('names every field out of bounds or not a whole number', () => {
    const draft = { ...retentionDraft(settings), archiveYears: '2', outboxDays: '1.5', leaversDays: '' };
    expect(checkRetentionDraft(draft)).toEqual({
      ok: false,
      invalid: ['archiveYears', 'outboxDays', 'leaversDays'],
    });
  });

  it('reads its bounds from the contract: the archive is kept 3 to 10 years', () => {
    expect(retentionBounds('archiveYears')).toEqual({ min: 3, max: 10 });
  });
});
