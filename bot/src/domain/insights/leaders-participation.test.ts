import { describe, expect, it } from 'vitest';
import type { PersonDoc } from '../documents';
import { blankPerson } from '../person';
import { leadersParticipation } from './leaders-participation';

function leader(id: string, displayName: string, title: string): PersonDoc {
  const person = blankPerson(
    { id, tenantId: 't1', displayName, email: `${id}@example.com`, locale: 'fr' },
    new Date('2026-01-01T00:00:00Z'),
  );
  return { ...person, leader: { title, since: '2026-01-01T00:00:00.000Z' } };
}

const period = { from: '2026-03-01', to: '2026-03-31', timeZone: 'Europe/Paris' };

describe("leaders' participation", () => {
  it('counts each leader’s shares on the days of the period, in the reporting time zone', () => {
    const result = leadersParticipation(
      [leader('a', 'Amélie', 'CEO'), leader('b', 'Bruno', 'CFO'), leader('c', 'Chloé', 'Sponsor')],
      [
        // 23:30 UTC on the last day of February is already 1 March in Paris.
        { personId: 'b', at: '2026-02-28T23:30:00.000Z' },
        { personId: 'b', at: '2026-03-10T09:00:00.000Z' },
        { personId: 'a', at: '2026-03-31T12:00:00.000Z' },
        // 23:30 UTC on 31 March is 1 April in Paris: out of the period.
        { personId: 'a', at: '2026-03-31T23:30:00.000Z' },
      ],
      period,
    );
    expect(result).toEqual({
      period: { from: '2026-03-01', to: '2026-03-31' },
      leaders: [
        { id: 'b', displayName: 'Bruno', title: 'CFO', shares: 2 },
        { id: 'a', displayName: 'Amélie', title: 'CEO', shares: 1 },
        { id: 'c', displayName: 'Chloé', title: 'Sponsor', shares: 0 },
      ],
      sharing: 2,
    });
  });

  it('is empty without leaders', () => {
    expect(leadersParticipation([], [], period)).toEqual({
      period: { from: '2026-03-01', to: '2026-03-31' },
      leaders: [],
      sharing: 0,
    });
  });
});
