import { describe, expect, it } from 'vitest';
import { isRunningAt } from '../domain/challenge-rules';
import { buildDemoChallenges } from './demo-challenges';
import { buildDemoData } from './demo-data';

const now = new Date('2026-11-23T10:00:00.000Z');
const people = buildDemoData(now).people;

describe('the demo challenge', () => {
  it('is the same for the same instant, with one id per event', () => {
    const demo = buildDemoChallenges(now, people);
    expect(buildDemoChallenges(now, people)).toEqual(demo);
    expect(new Set(demo.activity.map((event) => event.id)).size).toBe(demo.activity.length);
  });

  it('is running, and every contribution falls inside it, from ambassadors', () => {
    const { challenges, activity } = buildDemoChallenges(now, people);
    const challenge = challenges[0]!;
    expect(isRunningAt(challenge, now.toISOString())).toBe(true);
    expect(activity.every((event) => isRunningAt(challenge, event.at))).toBe(true);
    const ambassadors = new Set(
      people.filter((person) => person.enrolment.status === 'ambassador').map((person) => person.id),
    );
    expect(activity.every((event) => ambassadors.has(event.personId))).toBe(true);
  });
});
