import { describe, expect, it } from 'vitest';
import { event, region, zoneCount, EN } from './fixtures.test-helpers.ts';
import { REGIONS } from './regions.ts';
import { createYearViews, yearLine, yearView } from './year-view.ts';

const paris = region({
  id: 'paris',
  name: 'Paris',
  country: 'FR',
  lat: 48.86,
  lon: 2.35,
  zoneCounts: zoneCount(2, '2026-06'),
  events: [event('announced', '2025-09'), event('opened', '2026-06')],
});
const sydney = region({
  id: 'sydney',
  name: 'Sydney',
  country: 'AU',
  lat: -33.87,
  lon: 151.21,
  events: [event('opened', '2016-12'), event('closed', '2024')],
});
const brazil = region({
  id: 'brazil',
  name: 'Brazil',
  country: 'BR',
  lat: -23.55,
  lon: -46.63,
  precision: 'approximate',
  events: [event('announced', '2025-09')],
});
const hangzhou = region({
  id: 'hangzhou',
  name: 'Hangzhou',
  country: 'CN',
  lat: 30.27,
  lon: 120.16,
  events: [{ ...event('opened', '2014-05'), certainty: 'by' as const }],
});

const label = (id: string, year: number) =>
  yearView([paris, sydney, brazil, hangzhou], year, EN).pin(id)?.label;

describe('the year view', () => {
  it('says "by" when only the earliest evidence of an opening is dated', () => {
    expect(label('hangzhou', 2020)).toBe('Hangzhou, China: operating by May 2014');
    expect(yearView([hangzhou], 2020, EN).pin('hangzhou')).toMatchObject({
      when: 'by May 2014',
      since: 'by May 2014',
    });
    expect(yearView([hangzhou], 2014, EN).changes[0]?.phrases).toEqual(['recorded running by May']);
  });

  it('labels each pin starting with its name', () => {
    expect(label('paris', 2026)).toBe('Paris, France: operating since June 2026');
    expect(label('paris', 2025)).toBe('Paris, France: announced September 2025, not yet open');
    expect(label('sydney', 2024)).toBe(
      'Sydney, Australia: closed 2024, operated from December 2016',
    );
    expect(label('brazil', 2025)).toBe(
      'Brazil: announced September 2025, not yet open (location approximate)',
    );
    expect(EN.regionName(brazil)).toBe('Brazil');
  });

  it('shows only the regions announced by the year, and counts the operating ones', () => {
    const view = yearView([paris, sydney, brazil], 2025, EN);
    expect(view.visible.map((pin) => pin.id)).toEqual(['paris', 'sydney', 'brazil']);
    expect(view.pin('sydney')?.status).toBe('closed');
    expect(view.counts).toMatchObject({ regions: 0, zones: 0, regionsWithUnknownZones: 0 });
    const later = yearView([paris, sydney, brazil], 2026, EN);
    expect(later.counts).toMatchObject({
      regions: 1,
      zones: 2,
      regionsWithUnknownZones: 0,
      countries: 1,
    });
    expect(later.changes.map(({ region }) => region.id)).toEqual(['paris']);
    expect(yearView([paris, sydney, brazil], 2016, EN).visible.map((pin) => pin.id)).toEqual([
      'sydney',
    ]);
  });

  it('marks the regions whose story changed in the year', () => {
    const at2024 = yearView([paris, sydney], 2024, EN);
    expect(at2024.pin('sydney')?.changed).toBe(true);
    expect(at2024.pin('paris')).toMatchObject({ status: 'not-yet', changed: false });
  });

  it('tells the real regions at sample years', () => {
    expect(yearView(REGIONS, 2016, EN).pin('frankfurt')?.status).toBe('operating');
    expect(yearView(REGIONS, 2016, EN).pin('paris')?.status).toBe('not-yet');
    expect(yearView(REGIONS, 2024, EN).pin('mumbai')).toMatchObject({
      status: 'closed',
      changed: true,
    });
    expect(yearView(REGIONS, 2026, EN).pin('paris')?.label).toMatch(
      /^Paris, France: operating since /,
    );
  });

  it('computes each year once', () => {
    const viewOf = createYearViews([paris], EN);
    expect(viewOf(2026)).toBe(viewOf(2026));
    expect(viewOf(2025)).not.toBe(viewOf(2026));
  });

  it('hands out the same pin for a region that reads alike in two years, a new one when it changed', () => {
    const viewOf = createYearViews([paris, sydney], EN);
    // Sydney operates through 2018 to 2020 and nothing happens to it: one pin for all three.
    expect(viewOf(2019).pin('sydney')).toBe(viewOf(2018).pin('sydney'));
    expect(viewOf(2020).pin('sydney')).toBe(viewOf(2018).pin('sydney'));
    // It opened in 2016 (drawn highlighted) and closed in 2024.
    expect(viewOf(2016).pin('sydney')).not.toBe(viewOf(2017).pin('sydney'));
    expect(viewOf(2024).pin('sydney')).not.toBe(viewOf(2023).pin('sydney'));
    expect(viewOf(2024).pin('sydney')?.status).toBe('closed');
    // Paris is announced in 2025 and opens in 2026; after that it stands still.
    expect(viewOf(2026).pin('paris')).not.toBe(viewOf(2025).pin('paris'));
    expect(viewOf(2027).pin('paris')).not.toBe(viewOf(2026).pin('paris'));
    expect(viewOf(2028).pin('paris')).toBe(viewOf(2027).pin('paris'));
  });

  it('tells a year by region, dated changes first, an announcement about a running region as an expansion', () => {
    const kualaLumpur = region({
      id: 'kuala-lumpur',
      name: 'Kuala Lumpur',
      events: [
        event('opened', '2017-11'),
        event('announced', '2025-09-24'),
        event('expanded', '2025-07'),
      ].toSorted((a, b) => a.date.localeCompare(b.date)),
    });
    const johor = region({ id: 'johor', name: 'Johor', events: [event('opened', '2025')] });
    const view = yearView([johor, kualaLumpur, paris], 2025, EN);
    expect(view.changes.map((change) => [change.region.id, change.phrases])).toEqual([
      ['kuala-lumpur', ['expanded July', 'expansion announced 24 September']],
      ['paris', ['announced September']],
      ['johor', ['opened']],
    ]);
    expect(yearLine(view, EN)).toBe(
      'In 2025: Johor opened; Paris announced; Kuala Lumpur expanded.',
    );
  });

  it('keeps a busy year to a line or two: the telling changes named, large groups and lesser changes counted', () => {
    const many = (prefix: string, count: number, events: Parameters<typeof event>[]) =>
      Array.from({ length: count }, (_, i) =>
        region({
          id: `${prefix}-${i}`,
          name: `${prefix} ${i}`,
          events: events.map((args) => event(...args)),
        }),
      );
    const regions = [
      ...many('Opened', 1, [['opened', '2025-02']]),
      ...many('New', 4, [['announced', '2025-09']]),
      ...many('Shut', 2, [
        ['opened', '2018-01'],
        ['closing', '2025-03'],
      ]),
      ...many('Grown', 5, [
        ['opened', '2018-01'],
        ['expanded', '2025-06'],
      ]),
    ];
    expect(yearLine(yearView(regions, 2025, EN), EN)).toBe(
      'In 2025: Opened 0 opened; 4 regions announced; closures announced for Shut 0 and Shut 1; changes at 5 other regions.',
    );
  });
});
