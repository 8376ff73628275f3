import { describe, expect, it } from 'vitest';
import { csvFileName } from './csvFileName';

describe('csvFileName', () => {
  it('names the table, the slice and the days', () => {
    expect(csvFileName({ table: 'by-network', from: '2026-10-24', to: '2026-11-22' })).toBe(
      'insights-by-network-2026-10-24-2026-11-22.csv',
    );
    expect(
      csvFileName({ table: 'campaign-items', campaignId: 'c-1', from: '2026-11-01', to: '2026-11-22' }),
    ).toBe('insights-campaign-items-c-1-2026-11-01-2026-11-22.csv');
    expect(csvFileName({ table: 'retention' })).toBe('insights-retention.csv');
  });

  it('keeps an id from becoming a path', () => {
    expect(csvFileName({ table: 'item-by-day', itemId: '../x/y' })).toBe('insights-item-by-day-.._x_y.csv');
  });
});
