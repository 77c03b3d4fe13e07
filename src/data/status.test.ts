import { describe, expect, it } from 'vitest';
import { event, region, zoneCount } from './fixtures.test-helpers.ts';
import { countsAt, eventsIn, standingAt, statusAt, yearRange } from './status.ts';

const sydney = region({
  id: 'sydney',
  country: 'AU',
  zoneCounts: zoneCount(2),
  events: [event('opened', '2016-12'), event('closed', '2024-03')],
});
const paris = region({
  id: 'paris',
  country: 'FR',
  zoneCounts: zoneCount(2, '2026'),
  events: [event('announced', '2025-09'), event('opened', '2026')],
});
const frankfurt = region({
  id: 'frankfurt',
  zoneCounts: zoneCount(3),
  events: [event('opened', '2016-11'), event('expanded', '2019'), event('announced', '2025-09')],
});
const brazil = region({ id: 'brazil', country: 'BR', events: [event('announced', '2025-09')] });
const all = [sydney, paris, frankfurt, brazil];

describe('statusAt', () => {
  it('is not-yet before the first event', () => {
    expect(statusAt(paris, 2024)).toBe('not-yet');
  });

  it('follows announcement, opening and closing by year', () => {
    expect(statusAt(paris, 2025)).toBe('announced');
    expect(statusAt(paris, 2026)).toBe('operating');
    expect(statusAt(sydney, 2023)).toBe('operating');
    expect(statusAt(sydney, 2024)).toBe('closed');
  });

  it('takes precise dates', () => {
    expect(statusAt(sydney, '2024-02')).toBe('operating');
    expect(statusAt(sydney, '2024-03-15')).toBe('closed');
  });

  it('does not demote an operating region when more capacity is announced', () => {
    expect(statusAt(frankfurt, 2025)).toBe('operating');
  });

  it('names the event that set the status', () => {
    expect(standingAt(frankfurt, 2025).cause?.date).toBe('2016-11');
    expect(standingAt(sydney, 2025).cause?.type).toBe('closed');
    expect(standingAt(paris, 2020)).toEqual({ status: 'not-yet', cause: undefined });
  });
});

describe('timeline helpers', () => {
  it('spans from the first event to the current year', () => {
    expect(yearRange(all, new Date('2026-11-22'))).toEqual({ first: 2016, last: 2026 });
    expect(yearRange(all, new Date('2030-01-01'))).toEqual({ first: 2016, last: 2030 });
  });

  it('lists the events of one year, oldest first', () => {
    const in2025 = eventsIn(all, 2025).map(({ region }) => region.id);
    expect(in2025).toEqual(['paris', 'frankfurt', 'brazil']);
    expect(eventsIn(all, 2016).map(({ region, event }) => `${region.id} ${event.date}`)).toEqual([
      'frankfurt 2016-11',
      'sydney 2016-12',
    ]);
  });

  it('counts operating regions, zones and countries', () => {
    expect(countsAt(all, 2020)).toEqual({
      regions: 2,
      zones: 5,
      regionsWithUnknownZones: 0,
      countries: 2,
      mainlandChina: 0,
    });
    expect(countsAt(all, 2026)).toEqual({
      regions: 2,
      zones: 5,
      regionsWithUnknownZones: 0,
      countries: 2,
      mainlandChina: 0,
    });
    expect(
      countsAt([...all, region({ id: 'x', country: 'FR' })], 2016).regionsWithUnknownZones,
    ).toBe(1);
  });
});
