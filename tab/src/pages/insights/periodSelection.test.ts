import { describe, expect, it } from 'vitest';
import { periodSearchParams, readPeriodSelection } from './periodSelection';

const today = '2026-11-22';
const read = (search: string) => readPeriodSelection(new URLSearchParams(search), today);

describe('readPeriodSelection', () => {
  it('reads a preset or a custom period from the address', () => {
    expect(read('period=last7')).toEqual({ preset: 'last7', period: { from: '2026-11-16', to: today } });
    expect(read('period=quarter')).toEqual({ preset: 'quarter', period: { from: '2026-10-01', to: today } });
    expect(read('period=custom&from=2026-09-01&to=2026-09-30')).toEqual({
      preset: 'custom',
      period: { from: '2026-09-01', to: '2026-09-30' },
    });
  });

  it('falls back to the last 30 days for anything it cannot use', () => {
    const last30 = { preset: 'last30', period: { from: '2026-10-24', to: today } };
    expect(read('')).toEqual(last30);
    expect(read('period=forever')).toEqual(last30);
    expect(read('period=custom&from=2026-09-30&to=2026-09-01')).toEqual(last30);
    expect(read('period=custom&from=2026-11-01')).toEqual(last30);
  });

  it('round-trips through the address', () => {
    const custom = { from: '2026-01-01', to: '2026-03-31' };
    expect(read(periodSearchParams('custom', custom).toString())).toEqual({
      preset: 'custom',
      period: custom,
    });
    expect(read(periodSearchParams('last90').toString()).preset).toBe('last90');
    expect(periodSearchParams('last30').toString()).toBe('');
  });
});
