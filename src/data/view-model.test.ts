import { describe, expect, it } from 'vitest';
import { event, region } from './fixtures.test-helpers';
import { REGIONS } from './regions';
import { createPinCache, eventSentence, pinLabel, pinsAt, placeName } from './view-model';

const paris = region({
  id: 'paris',
  name: 'Paris',
  country: 'FR',
  lat: 48.86,
  lon: 2.35,
  zones: 2,
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
  events: [
    { ...event('opened', '2014-05'), note: 'in operation by May 2014; opening date not published' },
  ],
});

describe('pin view model', () => {
  it('says "by" when only the earliest evidence of an opening is dated', () => {
    expect(pinLabel(hangzhou, 2020)).toBe('Hangzhou, China: operating by May 2014');
    expect(eventSentence(hangzhou, hangzhou.events[0]!)).toBe('Hangzhou first recorded operating');
    expect(eventSentence(paris, paris.events[1]!)).toBe('Paris opened');
  });

  it('tells the real regions at sample years', () => {
    const at = (year: number) => new Map(pinsAt(REGIONS, year).map((pin) => [pin.id, pin]));
    expect(at(2016).get('frankfurt')?.status).toBe('operating');
    expect(at(2016).get('paris')?.status).toBe('not-yet');
    expect(at(2024).get('sydney')?.status).toBe('closed');
    expect(at(2024).get('mumbai')?.status).toBe('closed');
    expect(at(2024).get('mumbai')?.changed).toBe(true);
    expect(at(2026).get('paris')).toMatchObject({ status: 'operating', changed: true });
    expect(at(2026).get('paris')?.label).toMatch(/^Paris, France: operating since /);
    expect(at(2026).get('tokyo')?.status).toBe('operating');
  });

  it('labels each pin starting with its name', () => {
    expect(pinLabel(paris, 2026)).toBe('Paris, France: operating since June 2026');
    expect(pinLabel(paris, 2025)).toBe('Paris, France: announced September 2025, not yet open');
    expect(pinLabel(sydney, 2024)).toBe(
      'Sydney, Australia: closed 2024, operated from December 2016',
    );
    expect(pinLabel(brazil, 2025)).toBe(
      'Brazil: announced September 2025, not yet open (location approximate)',
    );
    expect(placeName(brazil)).toBe('Brazil');
  });

  it('gives status, highlight and size per year', () => {
    const [p2026, s2026] = pinsAt([paris, sydney], 2026);
    expect(p2026).toMatchObject({ id: 'paris', status: 'operating', changed: true });
    expect(s2026).toMatchObject({ id: 'sydney', status: 'closed', changed: false });
    const [p2016, s2016] = pinsAt([paris, sydney], 2016);
    expect(p2016?.status).toBe('not-yet');
    expect(s2016).toMatchObject({ status: 'operating', changed: true });
    expect(p2026!.radius).toBeGreaterThan(pinsAt([paris], 2025)[0]!.radius);
  });

  it('computes each year once', () => {
    const pinsFor = createPinCache([paris]);
    expect(pinsFor(2026)).toBe(pinsFor(2026));
    expect(pinsFor(2025)).not.toBe(pinsFor(2026));
  });
});
