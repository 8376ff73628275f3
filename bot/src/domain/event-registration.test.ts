import { describe, expect, it } from 'vitest';
import type { PersonDoc, ProgrammeEventDoc } from './documents';
import {
  cancelRegistration,
  changeCapacity,
  isDueForReminder,
  isRegistrationOpen,
  register,
  registrationOf,
  seatsLeft,
} from './event-registration';

const NOW = new Date('2026-06-01T09:00:00Z');
const DAY = 86_400_000;

function event(overrides: Partial<ProgrammeEventDoc> = {}): ProgrammeEventDoc {
  return {
    id: 'event-1',
    tenantId: 'tenant',
    title: { fr: 'Visite', en: 'Visit' },
    description: { fr: 'Une visite', en: 'A visit' },
    startsAt: new Date(NOW.getTime() + 10 * DAY).toISOString(),
    endsAt: new Date(NOW.getTime() + 10 * DAY + 3_600_000).toISOString(),
    place: 'Plant',
    capacity: 2,
    audience: { groupIds: [], brandIds: [], languages: [] },
    registrationClosesAt: new Date(NOW.getTime() + 5 * DAY).toISOString(),
    status: 'published',
    registered: [],
    waitlist: [],
    createdBy: 'manager',
    createdAt: NOW.toISOString(),
    ...overrides,
  };
}

function ambassador(id: string, overrides: Partial<PersonDoc> = {}): PersonDoc {
  return {
    id,
    tenantId: 'tenant',
    displayName: id,
    email: `${id}@example.com`,
    locale: 'en',
    timeZone: 'Europe/Paris',
    groupIds: ['plant'],
    enrolment: { status: 'ambassador', networks: [], languages: ['en'] },
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    ...overrides,
  };
}

function registered(start: ProgrammeEventDoc, ...ids: string[]): ProgrammeEventDoc {
  return ids.reduce((current, id) => {
    const decision = register(current, ambassador(id), NOW);
    if (!decision.ok) throw new Error(decision.reason);
    return decision.value.event;
  }, start);
}

describe('register', () => {
  it('gives seats while any are left, then places on the waitlist in order', () => {
    const full = registered(event(), 'a', 'b', 'c', 'd');
    expect(full.registered.map((entry) => entry.personId)).toEqual(['a', 'b']);
    expect(full.waitlist.map((entry) => entry.personId)).toEqual(['c', 'd']);
    expect(registrationOf(full, 'd')).toEqual({ status: 'waitlisted', position: 2 });
    expect(seatsLeft(full)).toBe(0);
  });

  it('changes nothing when the person asks twice', () => {
    const once = registered(event(), 'a');
    const twice = register(once, ambassador('a'), NOW);
    expect(twice).toEqual({ ok: true, value: { event: once, registration: { status: 'registered' } } });
  });

  it('refuses people outside the audience, non-ambassadors, drafts, cancelled and closed events', () => {
    const forPlant = event({ audience: { groupIds: ['other-plant'], brandIds: [], languages: [] } });
    expect(register(forPlant, ambassador('a'), NOW)).toEqual({ ok: false, reason: 'not-invited' });
    const employee = ambassador('e', { enrolment: { status: 'not-enrolled', networks: [], languages: [] } });
    expect(register(event(), employee, NOW)).toEqual({ ok: false, reason: 'not-invited' });
    expect(register(event({ status: 'draft' }), ambassador('a'), NOW)).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(register(event({ status: 'cancelled' }), ambassador('a'), NOW)).toEqual({
      ok: false,
      reason: 'cancelled',
    });
    const afterDeadline = new Date(NOW.getTime() + 6 * DAY);
    expect(register(event(), ambassador('a'), afterDeadline)).toEqual({ ok: false, reason: 'closed' });
  });
});

describe('cancelRegistration', () => {
  it('gives a freed seat to the first on the waitlist', () => {
    const full = registered(event(), 'a', 'b', 'c', 'd');
    const decision = cancelRegistration(full, 'a', NOW);
    expect(decision.ok && decision.value.promoted).toEqual(['c']);
    const after = decision.ok ? decision.value.event : full;
    expect(after.registered.map((entry) => entry.personId)).toEqual(['b', 'c']);
    expect(registrationOf(after, 'd')).toEqual({ status: 'waitlisted', position: 1 });
  });

  it('takes a person off the waitlist without promoting anyone', () => {
    const full = registered(event(), 'a', 'b', 'c', 'd');
    const decision = cancelRegistration(full, 'c', NOW);
    expect(decision.ok && decision.value.promoted).toEqual([]);
    expect(decision.ok && registrationOf(decision.value.event, 'd')).toEqual({
      status: 'waitlisted',
      position: 1,
    });
  });

  it('is refused once the event has started or was cancelled', () => {
    const taken = registered(event(), 'a');
    expect(cancelRegistration(taken, 'a', new Date(taken.startsAt))).toEqual({
      ok: false,
      reason: 'started',
    });
    expect(cancelRegistration({ ...taken, status: 'cancelled' }, 'a', NOW)).toEqual({
      ok: false,
      reason: 'cancelled',
    });
  });
});

describe('changeCapacity', () => {
  it('promotes from the waitlist when seats are added, and refuses fewer seats than given', () => {
    const full = registered(event(), 'a', 'b', 'c', 'd');
    expect(changeCapacity(full, 3)?.promoted).toEqual(['c']);
    expect(changeCapacity(full, 1)).toBeUndefined();
  });
});

describe('isRegistrationOpen and isDueForReminder', () => {
  it('opens registration only for a published event before its deadline', () => {
    expect(isRegistrationOpen(event(), NOW)).toBe(true);
    expect(isRegistrationOpen(event({ status: 'draft' }), NOW)).toBe(false);
    expect(isRegistrationOpen(event(), new Date(NOW.getTime() + 5 * DAY))).toBe(false);
  });

  it('is due for a reminder within the lead time before the start, once', () => {
    const soon = event({ startsAt: new Date(NOW.getTime() + DAY / 2).toISOString() });
    expect(isDueForReminder(soon, NOW, DAY)).toBe(true);
    expect(isDueForReminder({ ...soon, remindedAt: NOW.toISOString() }, NOW, DAY)).toBe(false);
    expect(isDueForReminder(event(), NOW, DAY)).toBe(false);
    expect(isDueForReminder({ ...soon, status: 'cancelled' }, NOW, DAY)).toBe(false);
  });
});
