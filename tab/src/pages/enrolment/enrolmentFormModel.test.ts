import { describe, expect, it } from 'vitest';
import {
  formFieldFor,
  initialFormValues,
  serverFieldErrors,
  timeZoneOptions,
  toEnrolmentRequest,
  toJoinRequest,
  validateForm,
} from './enrolmentFormModel';
import type { EnrolmentFormValues } from './enrolmentFormModel';

const defaults = { timeZone: 'Europe/Paris', language: 'fr' as const };

function filled(changes: Partial<EnrolmentFormValues> = {}): EnrolmentFormValues {
  const values = initialFormValues(undefined, defaults);
  values.networks.linkedin = { chosen: true, audience: ' 850 ' };
  values.networks.x = { chosen: true, audience: '' };
  values.networks.tiktok = { chosen: false, audience: '12' };
  return { ...values, acceptCharter: true, ...changes };
}

describe('initialFormValues', () => {
  it('starts a newcomer with no network, their language, daily digests, and off leaderboards until they choose', () => {
    const values = initialFormValues(undefined, defaults);
    expect(Object.values(values.networks).every((entry) => !entry.chosen && entry.audience === '')).toBe(
      true,
    );
    expect(values).toMatchObject({
      languages: ['fr'],
      nudges: 'daily-digest',
      quietStart: '',
      quietEnd: '',
      timeZone: 'Europe/Paris',
      showOnLeaderboards: false,
      acceptCharter: false,
    });
  });

  it('starts an ambassador from their current enrolment', () => {
    const values = initialFormValues(
      {
        networks: [{ network: 'linkedin', audienceSize: 500 }, { network: 'instagram' }],
        languages: ['en'],
        preferences: {
          nudges: 'never',
          quietHours: { start: '21:00', end: '08:00' },
          timeZone: 'America/Montreal',
          showOnLeaderboards: false,
        },
      },
      defaults,
    );
    expect(values.networks.linkedin).toEqual({ chosen: true, audience: '500' });
    expect(values.networks.instagram).toEqual({ chosen: true, audience: '' });
    expect(values.networks.x.chosen).toBe(false);
    expect(values).toMatchObject({
      languages: ['en'],
      nudges: 'never',
      quietStart: '21:00',
      quietEnd: '08:00',
      timeZone: 'America/Montreal',
      showOnLeaderboards: false,
    });
  });
});

describe('validateForm', () => {
  it('accepts a complete form', () => {
    expect(validateForm(filled(), 'join')).toEqual({});
  });

  it('asks a newcomer to accept the charter, but not an ambassador updating preferences', () => {
    expect(validateForm(filled({ acceptCharter: false }), 'join')).toEqual({ charter: 'acceptCharter' });
    expect(validateForm(filled({ acceptCharter: false }), 'update')).toEqual({});
  });

  it('needs a network and a language', () => {
    const none = initialFormValues(undefined, defaults);
    expect(validateForm({ ...none, languages: [] }, 'update')).toEqual({
      networks: 'noNetwork',
      languages: 'noLanguage',
    });
  });

  it('refuses an audience that is not a whole number, for chosen networks only', () => {
    const values = filled();
    values.networks.linkedin.audience = '1.5k';
    values.networks.tiktok.audience = 'lots';
    expect(validateForm(values, 'update')).toEqual({ 'audience.linkedin': 'audience' });
    values.networks.linkedin.audience = '100000001';
    expect(validateForm(values, 'update')).toEqual({ 'audience.linkedin': 'audience' });
  });

  it('needs both quiet-hour times or neither', () => {
    expect(validateForm(filled({ quietStart: '22:00' }), 'update')).toEqual({ quietHours: 'quietHours' });
    expect(validateForm(filled({ quietStart: '22:00', quietEnd: '07:30' }), 'update')).toEqual({});
  });
});

describe('requests', () => {
  it('sends the chosen networks in order with their audience, and quiet hours only when set', () => {
    expect(toEnrolmentRequest(filled({ languages: ['en', 'fr'] }))).toEqual({
      networks: [{ network: 'linkedin', audienceSize: 850 }, { network: 'x' }],
      languages: ['fr', 'en'],
      preferences: { nudges: 'daily-digest', timeZone: 'Europe/Paris', showOnLeaderboards: false },
    });
    expect(
      toEnrolmentRequest(filled({ quietStart: '21:30', quietEnd: '07:00' })).preferences.quietHours,
    ).toEqual({ start: '21:30', end: '07:00' });
  });

  it('joins with the charter version and the language it was read in', () => {
    expect(toJoinRequest(filled(), { version: '2.1', language: 'en' })).toMatchObject({
      charterVersion: '2.1',
      charterLanguage: 'en',
      languages: ['fr'],
    });
  });
});

describe('formFieldFor', () => {
  const sent = { networks: [{ network: 'linkedin' as const }, { network: 'x' as const }] };

  it('places the API’s field errors next to their field', () => {
    expect(formFieldFor('body.networks', sent)).toBe('networks');
    expect(formFieldFor('body.networks.1.audienceSize', sent)).toBe('audience.x');
    expect(formFieldFor('body.networks.1.network', sent)).toBe('networks');
    expect(formFieldFor('body.networks.7.audienceSize', sent)).toBe('networks');
    expect(formFieldFor('body.languages.0', sent)).toBe('languages');
    expect(formFieldFor('body.preferences.quietHours.start', sent)).toBe('quietHours');
    expect(formFieldFor('body.preferences.timeZone', sent)).toBe('timeZone');
    expect(formFieldFor('body.charterVersion', sent)).toBe('charter');
    expect(formFieldFor('body', sent)).toBe('form');
    expect(formFieldFor('body.preferences.showOnLeaderboards', sent)).toBe('form');
  });

  it('gathers several reasons for one field, codes and what their texts quote', () => {
    expect(
      serverFieldErrors(
        [
          { field: 'body.networks', code: 'field.tooFew', params: { minimum: 1 } },
          { field: 'body.networks', code: 'field.invalid' },
          { field: 'body.preferences.nudges', code: 'field.notAChoice' },
        ],
        sent,
      ),
    ).toEqual({
      networks: [{ code: 'field.tooFew', params: { minimum: 1 } }, { code: 'field.invalid' }],
      nudges: [{ code: 'field.notAChoice' }],
    });
    expect(serverFieldErrors(undefined, sent)).toEqual({});
  });
});

describe('timeZoneOptions', () => {
  it('adds the current zone when the browser does not list it', () => {
    expect(timeZoneOptions(['Europe/Paris'], 'UTC')).toEqual(['UTC', 'Europe/Paris']);
    expect(timeZoneOptions(['Europe/Paris'], 'Europe/Paris')).toEqual(['Europe/Paris']);
  });
});
