import { describe, expect, it } from 'vitest';
import { blankPerson } from './person';
import { profileCoachingOf, withProfilePointsDone } from './profile-coaching';

const person = blankPerson(
  { id: 'p1', tenantId: 't1', displayName: 'Camille', email: 'camille@example.com', locale: 'fr' },
  new Date('2026-01-01T00:00:00Z'),
);
const monday = new Date('2026-03-02T09:00:00Z');
const tuesday = new Date('2026-03-03T09:00:00Z');

describe('profile self-check', () => {
  it('lists every point, none done, for someone who never opened it', () => {
    expect(profileCoachingOf(person)).toEqual({
      points: [
        { point: 'photo', done: false },
        { point: 'headline', done: false },
        { point: 'about', done: false },
        { point: 'featured', done: false },
        { point: 'activity', done: false },
      ],
    });
  });

  it('keeps the date a point was first ticked, and forgets a point unticked', () => {
    const first = withProfilePointsDone(person, ['photo', 'headline'], monday);
    const second = withProfilePointsDone(first, ['photo', 'about'], tuesday);
    const view = profileCoachingOf(second);
    expect(view.updatedAt).toBe(tuesday.toISOString());
    expect(view.points.filter((point) => point.done)).toEqual([
      { point: 'photo', done: true, doneAt: monday.toISOString() },
      { point: 'about', done: true, doneAt: tuesday.toISOString() },
    ]);
  });

  it('answers the same object when the ticks do not change, so nothing is written', () => {
    const first = withProfilePointsDone(person, ['featured'], monday);
    expect(withProfilePointsDone(first, ['featured'], tuesday)).toBe(first);
  });

  it('records an empty check the first time, so the person sees they looked', () => {
    const looked = withProfilePointsDone(person, [], monday);
    expect(looked).not.toBe(person);
    expect(profileCoachingOf(looked).updatedAt).toBe(monday.toISOString());
  });
});
