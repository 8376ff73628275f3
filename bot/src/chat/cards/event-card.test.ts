import { describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../../../tests/support/adaptive-card-check';
import type { ProgrammeEventDoc } from '../../domain/documents';
import { toICalendar } from '../../domain/event-calendar';
import type { AdaptiveCard, ExecuteAction } from './adaptive-card';
import { buildEventCard, eventCardVerbs } from './event-card';

const NOW = new Date('2026-06-01T09:00:00Z');
const reader = { id: 'me', locale: 'en' as const, timeZone: 'Europe/Paris' };

const event: ProgrammeEventDoc = {
  id: 'event-1',
  tenantId: 'tenant',
  title: { fr: 'Visite de l’usine', en: 'Plant visit' },
  description: { fr: 'Une visite guidée', en: 'A guided visit' },
  startsAt: '2026-06-10T08:00:00Z',
  endsAt: '2026-06-10T10:00:00Z',
  place: 'Flins plant',
  onlineUrl: 'https://teams.example.com/meet/1',
  capacity: 1,
  audience: { groupIds: [], brandIds: [], languages: [] },
  registrationClosesAt: '2026-06-08T08:00:00Z',
  status: 'published',
  registered: [],
  waitlist: [],
  createdBy: 'manager',
  createdAt: '2026-05-01T00:00:00Z',
};

const texts = (card: AdaptiveCard) =>
  card.body.flatMap((element) => (element.type === 'TextBlock' ? [element.text] : [])).join(' | ');
const executes = (card: AdaptiveCard) =>
  (card.actions ?? []).filter((action): action is ExecuteAction => action.type === 'Action.Execute');

describe('buildEventCard', () => {
  it('is an Adaptive Card 1.5 that invites to register with the event id', () => {
    const card = buildEventCard(event, reader, NOW, 'invitation');
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(card.version).toBe('1.5');
    expect(texts(card)).toContain('Plant visit');
    expect(texts(card)).toContain('1 of 1 seats left');
    expect(executes(card)).toEqual([
      {
        type: 'Action.Execute',
        title: 'Register',
        verb: eventCardVerbs.register,
        data: { eventId: 'event-1' },
      },
    ]);
    const facts = card.body.flatMap((element) => (element.type === 'FactSet' ? element.facts : []));
    // 08:00 UTC is 10:00 in Paris in June.
    expect(facts[0]?.value).toContain('10:00');
    expect(facts.map((fact) => fact.value)).toContain('Flins plant');
  });

  it('offers the waitlist when full, and says the position of a waiting person', () => {
    const full = { ...event, registered: [{ personId: 'other', at: NOW.toISOString() }] };
    expect(executes(buildEventCard(full, reader, NOW))[0]?.title).toBe('Join the waitlist');
    const waiting = { ...full, waitlist: [{ personId: 'me', at: NOW.toISOString() }] };
    const card = buildEventCard(waiting, reader, NOW);
    expect(texts(card)).toContain('number 1 on the waitlist');
    expect(executes(card)[0]).toMatchObject({ title: 'Leave the waitlist', verb: eventCardVerbs.cancel });
  });

  it('lets a registered person cancel, in French', () => {
    const taken = { ...event, registered: [{ personId: 'me', at: NOW.toISOString() }] };
    const card = buildEventCard(taken, { ...reader, locale: 'fr' }, NOW, 'reminder');
    expect(texts(card)).toContain('Rappel');
    expect(texts(card)).toContain('Visite de l’usine');
    expect(executes(card)[0]).toMatchObject({
      title: 'Annuler mon inscription',
      verb: eventCardVerbs.cancel,
    });
  });

  it('has no registration button once closed or cancelled', () => {
    const afterDeadline = new Date('2026-06-09T00:00:00Z');
    expect(texts(buildEventCard(event, reader, afterDeadline))).toContain('Registration is closed');
    expect(executes(buildEventCard(event, reader, afterDeadline))).toEqual([]);
    const cancelled = buildEventCard({ ...event, status: 'cancelled' }, reader, NOW, 'cancellation');
    expect(texts(cancelled)).toContain('This event was cancelled');
    expect(cancelled.actions).toBeUndefined();
  });
});

describe('toICalendar', () => {
  it('writes one VEVENT in UTC with escaped, folded text', () => {
    const long = { ...event, description: { ...event.description, en: `Bring, please; ${'x'.repeat(100)}` } };
    const ics = toICalendar(long, 'en', NOW);
    expect(ics).toContain('DTSTART:20260610T080000Z\r\n');
    expect(ics).toContain('SUMMARY:Plant visit\r\n');
    expect(ics).toContain('DESCRIPTION:Bring\\, please\\; ');
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });
});
