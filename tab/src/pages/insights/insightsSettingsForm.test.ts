import { describe, expect, it } from 'vitest';
import { draftFrom, parseAmount, toSettingsInput } from './insightsSettingsForm';

const draft = { cpm: '12,5', cpc: '0.8', currency: 'eur', reportingTimeZone: 'Europe/Paris' };

describe('parseAmount', () => {
  it('reads a comma or a point as the decimal separator', () => {
    expect(parseAmount('12,5')).toBe(12.5);
    expect(parseAmount(' 1 000.25 ')).toBe(1000.25);
    expect(parseAmount('0')).toBe(0);
  });

  it('refuses anything that is not an amount', () => {
    expect(parseAmount('')).toBeNaN();
    expect(parseAmount('-3')).toBeNaN();
    expect(parseAmount('1e3')).toBeNaN();
  });
});

describe('toSettingsInput', () => {
  it('gives what the API takes', () => {
    expect(toSettingsInput(draft)).toEqual({
      ok: true,
      input: { cpm: 12.5, cpc: 0.8, currency: 'EUR', reportingTimeZone: 'Europe/Paris' },
    });
  });

  it('names every field the contract refuses', () => {
    const checked = toSettingsInput({
      cpm: 'ten',
      cpc: '20000',
      currency: 'EURO',
      reportingTimeZone: 'Mars/Olympus',
    });
    expect(checked.ok).toBe(false);
    expect(checked.ok ? [] : [...checked.invalid].sort()).toEqual([
      'cpc',
      'cpm',
      'currency',
      'reportingTimeZone',
    ]);
  });

  it('starts from the saved settings', () => {
    expect(draftFrom({ cpm: 10, cpc: 1, currency: 'EUR', reportingTimeZone: 'Europe/Paris' })).toEqual({
      cpm: '10',
      cpc: '1',
      currency: 'EUR',
      reportingTimeZone: 'Europe/Paris',
    });
  });
});
