import { describe, expect, it } from 'vitest';
import { emptyStanding, hasApplied, markApplied, ranked, rankGroups } from './standings';

describe('ranked', () => {
  it('gives equal points the same rank and skips the ranks they take', () => {
    const ranks = (points: number[]) => ranked(points, (value) => value).map(({ rank }) => rank);
    expect(ranks([50, 40, 40, 10])).toEqual([1, 2, 2, 4]);
    expect(ranks([7, 7])).toEqual([1, 1]);
    expect(ranks([])).toEqual([]);
  });
});

const name = { fr: 'Groupe', en: 'Group' };

describe('rankGroups', () => {
  it('ranks by points per ambassador member, the larger total first on a tie, empty groups last', () => {
    const ranked = rankGroups([
      { groupId: 'plant', name, points: 1000, members: 100 },
      { groupId: 'pilot', name, points: 90, members: 3 },
      { groupId: 'empty', name, points: 0, members: 0 },
      { groupId: 'team', name, points: 100, members: 10 },
    ]);
    expect(ranked.map((group) => [group.groupId, group.rank, group.pointsPerMember])).toEqual([
      ['pilot', 1, 30],
      ['plant', 2, 10],
      ['team', 2, 10],
      ['empty', 4, 0],
    ]);
  });
});

describe('applied batches', () => {
  it('are remembered, the latest fifty at most', () => {
    let standing = emptyStanding('t', 'programme', 'person', 'p', 'now');
    for (let batch = 1; batch <= 60; batch++) standing = markApplied(standing, `b${batch}`, 'now');
    expect(hasApplied(standing, 'b60')).toBe(true);
    expect(hasApplied(standing, 'b11')).toBe(true);
    expect(hasApplied(standing, 'b10')).toBe(false);
    expect(standing.id).toBe('programme|person|p');
  });
});
