import { describe, expect, it } from 'vitest';
import { customPeriodProblem, periodLength, presetPeriod, todayIn } from './period';

describe('todayIn', () => {
  it('is the calendar day of the reporting time zone, not the browser’s', () => {
    const lateEveningInNewYork = new Date('2026-03-01T03:30:00Z');
    expect(todayIn('America/New_York', lateEveningInNewYork)).toBe('2026-02-28');
    expect(todayIn('Europe/Paris', lateEveningInNewYork)).toBe('2026-03-01');
  });
});

describe('presetPeriod', () => {
  it('counts today as the last of N days', () => {
    expect(presetPeriod('last7', '2026-03-05')).toEqual({ from: '2026-02-27', to: '2026-03-05' });
    expect(presetPeriod('last30', '2026-03-30')).toEqual({ from: '2026-03-01', to: '2026-03-30' });
    expect(periodLength(presetPeriod('last90', '2024-03-01'))).toBe(90);
  });

  it('takes the calendar quarter so far', () => {
    expect(presetPeriod('quarter', '2026-02-14')).toEqual({ from: '2026-01-01', to: '2026-02-14' });
    expect(presetPeriod('quarter', '2026-12-31')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(presetPeriod('quarter', '2026-07-01')).toEqual({ from: '2026-07-01', to: '2026-07-01' });
  });
});

describe('customPeriodProblem', () => {
  const today = '2026-06-15';
  it('accepts a period ending today', () => {
    expect(customPeriodProblem({ from: '2026-06-01', to: today }, today)).toBeUndefined();
  });

  it('names what is wrong', () => {
    expect(customPeriodProblem({ from: '2026-02-30', to: today }, today)).toBe('invalidDay');
    expect(customPeriodProblem({ from: '', to: today }, today)).toBe('invalidDay');
    expect(customPeriodProblem({ from: '2026-06-10', to: '2026-06-09' }, today)).toBe('endBeforeStart');
    expect(customPeriodProblem({ from: '2026-06-10', to: '2026-06-16' }, today)).toBe('inFuture');
    expect(customPeriodProblem({ from: '2025-06-14', to: today }, today)).toBe('tooLong');
    expect(customPeriodProblem({ from: '2025-06-15', to: today }, today)).toBeUndefined();
  });
});
