import { describe, expect, it } from 'vitest';
import { compareDates, isEventDate, yearOf } from './dates.ts';

describe('event dates', () => {
  it.each(['2016', '2016-11', '2016-11-30', '2024-02-29'])('accepts %s', (date) => {
    expect(isEventDate(date)).toBe(true);
  });

  it.each([
    '16',
    '2016-1',
    '2016-13',
    '2016-11-31',
    '2023-02-29',
    '2016/11',
    ' 2016',
    '',
    2016,
    null,
  ])('rejects %j', (date) => {
    expect(isEventDate(date)).toBe(false);
  });

  it('compares at the precision both dates share', () => {
    expect(compareDates('2016', '2016-11')).toBe(0);
    expect(compareDates('2016-10', '2016-11-02')).toBe(-1);
    expect(compareDates('2017', '2016-12-31')).toBe(1);
  });

  it('reads the year of a date at any precision', () => {
    expect(yearOf('2016-11-03')).toBe(2016);
    expect(yearOf('2016')).toBe(2016);
  });
});
