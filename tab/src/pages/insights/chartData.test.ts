import { describe, expect, it } from 'vitest';
import type { DayRow, Retention } from '@contract/insights';
import {
  breakdownBars,
  countTickCount,
  dailySeries,
  barLabels,
  monthTicks,
  dateToDay,
  dayToDate,
  retentionSeries,
} from './chartData';

const day = (date: string, shares: number, clicks: number): DayRow => ({
  date,
  shares,
  clicks,
  ctr: shares ? clicks / shares : 0,
  estimatedReach: shares * 100,
  earnedMediaValue: 0,
  activeAmbassadors: shares ? 1 : 0,
  joins: 0,
  leaves: 0,
});

describe('dailySeries', () => {
  it('draws one line per figure, one point per day, on the day itself', () => {
    const rows = [day('2026-03-29', 2, 5), day('2026-03-30', 0, 0)];
    const series = dailySeries(rows, [
      { figure: 'shares', legend: 'Shares' },
      { figure: 'clicks', legend: 'Clicks' },
    ]);
    expect(series.map((line) => line.legend)).toEqual(['Shares', 'Clicks']);
    expect(series[0]!.data.map((point) => [dateToDay(point.x as Date), point.y])).toEqual([
      ['2026-03-29', 2],
      ['2026-03-30', 0],
    ]);
    expect(series[1]!.data.map((point) => point.y)).toEqual([5, 0]);
  });

  it('keeps a day the same day whatever the time zone (daylight saving change included)', () => {
    expect(dateToDay(dayToDate('2026-03-29'))).toBe('2026-03-29');
    expect(dateToDay(dayToDate('2026-10-25'))).toBe('2026-10-25');
  });
});

describe('breakdownBars', () => {
  it('keeps the largest slices, largest first', () => {
    const rows = [
      { name: 'a', shares: 1 },
      { name: 'b', shares: 7 },
      { name: 'c', shares: 3 },
    ];
    const bars = breakdownBars(
      rows,
      (row) => row.name,
      (row) => row.shares,
      2,
    );
    expect(bars.map((bar) => [bar.y, bar.x])).toEqual([
      ['b', 7],
      ['c', 3],
    ]);
    expect(rows.map((row) => row.name)).toEqual(['a', 'b', 'c']);
  });
});

describe('retentionSeries', () => {
  it('plots the average active share as a percentage by month since enrolment', () => {
    const retention: Retention = {
      timeZone: 'Europe/Paris',
      cohorts: [],
      average: [
        { monthsSinceEnrolment: 0, activeShare: 1 },
        { monthsSinceEnrolment: 1, activeShare: 2 / 3 },
      ],
    };
    expect(retentionSeries(retention, 'Active')[0]!.data).toEqual([
      { x: 0, y: 100 },
      { x: 1, y: 66.7 },
    ]);
  });
});

describe('countTickCount', () => {
  it('never asks for more ticks than whole counts', () => {
    expect(countTickCount(0)).toBe(1);
    expect(countTickCount(1)).toBe(1);
    expect(countTickCount(4)).toBe(4);
    expect(countTickCount(250)).toBe(6);
  });
});

describe('barLabels', () => {
  it('grows with the longest name, within bounds, and keeps names in full on a wide chart', () => {
    expect(barLabels(['X']).margin).toBeLessThan(barLabels(['Direction du numérique']).margin);
    expect(barLabels(['Direction du numérique'], 1000).labels).toEqual(['Direction du numérique']);
    expect(barLabels(['a'.repeat(200)]).margin).toBe(280);
    expect(barLabels([]).margin).toBe(24);
  });

  it('leaves half of a narrow chart to the bars and shortens the names to fit', () => {
    const name = 'Douai recrute : rejoignez l’aventure électrique';
    const { margin, labels } = barLabels([name, 'Lancement'], 300);
    expect(margin).toBeLessThanOrEqual(150);
    expect(labels[0]).toMatch(/^Douai recrute.*…$/);
    expect(24 + labels[0]!.length * 7.5).toBeLessThanOrEqual(margin);
    expect(labels[1]).toBe('Lancement');
  });

  it('keeps two names shortened alike apart', () => {
    const { labels } = barLabels(['Douai recrute : phase une', 'Douai recrute : phase deux'], 200);
    expect(new Set(labels).size).toBe(2);
  });

  it('keeps each suffix whole, shortening the name before it', () => {
    const { margin, labels } = barLabels(['Engagement de la direction', 'Mesure'], 300, [' (+25)', ' (0)']);
    expect(labels[0]).toMatch(/^Engage.*… \(\+25\)$/);
    expect(labels[1]).toBe('Mesure (0)');
    expect(24 + labels[0]!.length * 7.5).toBeLessThanOrEqual(margin);
  });
});

describe('monthTicks', () => {
  const curve = (months: number): Retention => ({
    timeZone: 'Europe/Paris',
    cohorts: [],
    average: Array.from({ length: months + 1 }, (_, monthsSinceEnrolment) => ({
      monthsSinceEnrolment,
      activeShare: 0.5,
    })),
  });

  it('marks whole months only, about six at most', () => {
    expect(monthTicks(curve(0))).toEqual([0]);
    expect(monthTicks(curve(5))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(monthTicks(curve(12))).toEqual([0, 2, 4, 6, 8, 10, 12]);
  });
});
