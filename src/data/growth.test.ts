import { EN } from './fixtures.test-helpers.ts';
import { describe, expect, it } from 'vitest';
import {
  decimalYear,
  growthSeries,
  growthYearLine,
  ourCount,
  totalNote,
  totalStatement,
} from './growth.ts';
import { PUBLISHED_TOTALS } from './published-totals.ts';
import { REGIONS } from './regions.ts';

const totalOn = (date: string) => PUBLISHED_TOTALS.find((total) => total.date === date)!;

describe('the growth series', () => {
  const series = growthSeries(REGIONS, 2009, 2026);

  it('says no region is dated before the first one, and zones are unknown rather than zero', () => {
    expect(
      growthYearLine(
        series.find((g) => g.year === 2013)!,
        EN,
      ),
    ).toBe('2013: no region dated yet');
    expect(
      growthYearLine(
        series.find((g) => g.year === 2016)!,
        EN,
      ),
    ).toBe('2016: 13 regions, zones not known');
  });

  it('gives a lower bound where only some regions’ zones are known', () => {
    expect(
      growthYearLine(
        series.find((g) => g.year === 2018)!,
        EN,
      ),
    ).toMatch(/^2018: 19 regions, at least \d+ zones?$/);
  });

  it('matches Alibaba’s own table where it gives every count', () => {
    expect(
      growthYearLine(
        series.find((g) => g.year === 2025)!,
        EN,
      ),
    ).toBe('2025: 29 regions, 92 zones');
  });
});

describe('Alibaba’s totals in words', () => {
  it('name the numbers and who published them, and when', () => {
    expect(totalStatement(totalOn('2025-09-24'), EN)).toBe(
      'Alibaba: 29 regions, 91 zones (The Register, 25 September 2025)',
    );
    expect(totalStatement(totalOn('2017-05-12'), EN)).toBe(
      'Alibaba: 14 data-centre locations (The Star, 13 May 2017)',
    );
  });

  it('set the map’s own count beside them, and say why they differ', () => {
    const comparison = ourCount(totalOn('2025-09-24'), REGIONS, EN).sentence;
    expect(comparison).toContain('This map, at 24 September 2025: 29 regions, at least');
    expect(totalNote(totalOn('2025-09-24'), EN)).toContain(
      'Alibaba’s table as copied in December 2025',
    );
    expect(ourCount(totalOn('2021-06-08'), REGIONS, EN).sentence).toBe(
      'This map, at 8 June 2021: 24 regions, 75 zones. The same.',
    );
  });

  it('place a date within its year in order, a bare year in its middle', () => {
    expect(decimalYear('2025')).toBe(2025.5);
    expect(decimalYear('2025-06-03')).toBeLessThan(decimalYear('2025-09-24'));
    expect(decimalYear('2025-12-31')).toBeLessThan(2026);
    expect(decimalYear('2025-01-01')).toBeGreaterThan(2025);
  });
});
