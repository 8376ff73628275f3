import { describe, expect, it } from 'vitest';
import { eventFormFrom, newEventForm, validateEventForm } from './eventForm';

const ZONE = 'Europe/Paris';

const NOW = new Date('2026-06-01T09:17:00Z');

function filled() {
  return {
    ...newEventForm(NOW, ZONE),
    titleFr: 'Visite',
    titleEn: 'Visit',
    descriptionFr: 'Une visite',
    descriptionEn: 'A visit',
    place: 'Douai',
  };
}

describe('validateEventForm', () => {
  it('turns a filled form into the API input, dates as instants and the capacity as a number', () => {
    const checked = validateEventForm(filled(), ZONE);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.input).toMatchObject({
      title: { fr: 'Visite', en: 'Visit' },
      place: 'Douai',
      capacity: 50,
    });
    expect(Date.parse(checked.input.registrationClosesAt)).toBeLessThan(Date.parse(checked.input.startsAt));
    expect(checked.input).not.toHaveProperty('onlineUrl');
  });

  it('names each field that is wrong', () => {
    const checked = validateEventForm(
      {
        ...filled(),
        titleEn: ' ',
        place: '',
        onlineUrl: '',
        capacity: '0',
        endsAt: filled().startsAt,
        registrationClosesAt: filled().endsAt,
      },
      ZONE,
    );
    expect(checked).toEqual({
      ok: false,
      problems: {
        titleEn: 'required',
        place: 'location',
        capacity: 'capacity',
        endsAt: 'period',
        registrationClosesAt: 'deadline',
      },
    });
  });

  it('refuses an online link that is not a web address', () => {
    const checked = validateEventForm({ ...filled(), onlineUrl: 'javascript:alert(1)' }, ZONE);
    expect(checked.ok || checked.problems.onlineUrl).toBe('url');
  });

  it('reads back what it wrote', () => {
    const checked = validateEventForm(filled(), ZONE);
    if (!checked.ok) throw new Error('expected a valid form');
    const event = {
      ...checked.input,
      id: 'e',
      status: 'draft' as const,
      registered: 0,
      waitlisted: 0,
      createdAt: NOW.toISOString(),
    };
    expect(validateEventForm(eventFormFrom(event, ZONE), ZONE)).toEqual(checked);
  });
});
