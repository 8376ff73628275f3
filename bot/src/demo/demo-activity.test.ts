import { describe, expect, it } from 'vitest';
import { demoActivity } from './demo-activity';
import { buildDemoData, DEMO_AMBASSADOR_ID } from './demo-data';

describe('demo activity', () => {
  const now = new Date('2026-11-22T09:00:00Z');
  const events = demoActivity(buildDemoData(now), now);
  const outline = (list: typeof events) =>
    list.map(({ type, at, personId, itemId, network }) => ({ type, at, personId, itemId, network }));

  it('is the same on every start for the same day', () => {
    expect(outline(demoActivity(buildDemoData(now), now))).toEqual(outline(events));
  });

  it('gives a manager recent shares and clicks to read, none by the persona people sign in as', () => {
    const recent = events.filter((event) => Date.parse(event.at) > now.getTime() - 30 * 86_400_000);
    expect(recent.filter((event) => event.type === 'share').length).toBeGreaterThan(5);
    expect(recent.filter((event) => event.type === 'click').length).toBeGreaterThan(5);
    expect(events.every((event) => Date.parse(event.at) <= now.getTime())).toBe(true);
    expect(events.some((event) => event.personId === DEMO_AMBASSADOR_ID)).toBe(false);
  });
});
