import { describe, expect, it } from 'vitest';
import { EN, event, region, zoneCount } from '../../data/fixtures.test-helpers.ts';
import { yearView } from '../../data/year-view.ts';
import type { RegionEvent } from '../../data/types.ts';
import type { Basemap } from '../basemap.ts';
import { PALETTES } from '../palette.ts';
import { ANNOUNCED_RADIUS, PIN, pinRadius } from '../pin-style.ts';
import {
  canCarryMark,
  crossImage,
  mapPaint,
  mapStyle,
  markFeatures,
  markState,
  PEER_LAYERS,
  peerFeatures,
  peerImageId,
  peerMarkOf,
  peerParts,
  peerState,
  pinFeatures,
  PIN_LAYERS,
  pinState,
  ringLayerId,
} from './pin-layers.ts';

const regions = [
  region({ id: 'frankfurt', events: [event('opened', '2016-11')] }),
  region({ id: 'sydney', events: [event('opened', '2016'), event('closed', '2024')] }),
  region({ id: 'paris', events: [event('announced', '2025'), event('opened', '2026')] }),
  region({ id: 'brazil', events: [event('announced', '2025')] }),
];

const EMPTY_BASEMAP: Basemap = {
  countries: { type: 'FeatureCollection', features: [] },
  borders: {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiLineString', coordinates: [] },
  },
};

describe('pin states', () => {
  it('name each pin’s status, size and change at the year, a pin not yet announced included', () => {
    const states = (year: number) =>
      Object.fromEntries(yearView(regions, year, EN).pins.map((pin) => [pin.id, pinState(pin)]));
    expect(states(2025)).toMatchObject({
      frankfurt: { status: 'operating', changed: false },
      sydney: { status: 'closed', changed: false },
      paris: { status: 'announced', changed: true },
      brazil: { status: 'announced', changed: true },
    });
    // Paris is not announced until 2025: its pin stands unseen, and nothing about it is new.
    expect(states(2016).paris).toEqual({
      status: 'not-yet',
      radius: ANNOUNCED_RADIUS,
      changed: false,
    });
  });

  it('stand on the layers of the statuses each pin takes at the end of some year, and no other', () => {
    const properties = Object.fromEntries(
      pinFeatures(yearView(regions, 2016, EN).pins).features.map((feature) => [
        feature.properties?.id,
        feature.properties,
      ]),
    );
    expect(properties.frankfurt).toMatchObject({
      operating: true,
      announced: false,
      closed: false,
    });
    expect(properties.sydney).toMatchObject({ operating: true, closed: true, closing: false });
    // Paris is announced in 2025 and opens in 2026: both layers hold it, years before either.
    expect(properties.paris).toMatchObject({ announced: true, operating: true, closed: false });
    const style = mapStyle(EMPTY_BASEMAP, [], PALETTES.light, undefined);
    expect(style.layers.find((layer) => layer.id === PIN_LAYERS.closed)).toMatchObject({
      filter: ['boolean', ['get', 'closed'], false],
    });
  });

  it('show a pin only in the layer of its status, and its ring only when it is new', () => {
    const paint = mapPaint(PALETTES.light, undefined);
    for (const status of ['operating', 'closing', 'announced', 'closed'] as const) {
      expect(paint[PIN_LAYERS[status]]!['circle-stroke-opacity']).toEqual([
        'case',
        ['==', ['feature-state', 'status'], status],
        1,
        0,
      ]);
    }
    expect(paint[PIN_LAYERS.highlight]!['circle-stroke-opacity']).toEqual([
      'case',
      ['boolean', ['feature-state', 'changed'], false],
      1,
      0,
    ]);
  });
});

describe('the image marks', () => {
  /** Virginia's opening is known only "by" a date. */
  const withVirginia = [
    ...regions,
    region({ id: 'virginia', events: [{ ...event('opened', '2016'), certainty: 'by' }] }),
  ];

  it('stand only on the regions that can ever wear one: a closure, or running on a date known only “by”', () => {
    // Chile is announced "by" a date and never opens: no ring is ever drawn around a hollow pin.
    const chile = region({
      id: 'chile',
      events: [{ ...event('announced', '2025'), certainty: 'by' }],
    });
    const pins = yearView([...withVirginia, chile], 2016, EN).pins;
    // Sydney closes in 2024: at 2016 it is running, yet its pin stands ready for its cross.
    expect(pins.filter(canCarryMark).map((pin) => pin.id)).toEqual(['sydney', 'virginia']);
  });

  it('stand each mark on the layers it can show in some year: a ring at each radius it takes', () => {
    // Known only "by" 2016 with one zone; two zones from 2018 (a later, dated count); closed in 2024.
    const tokyo = region({
      id: 'tokyo',
      events: [{ ...event('opened', '2016'), certainty: 'by' }, event('closed', '2024')],
      zoneCounts: [...zoneCount(1, '2016'), ...zoneCount(2, '2018')],
    });
    const pins = yearView([...withVirginia, tokyo], 2016, EN).pins;
    const properties = Object.fromEntries(
      markFeatures(pins).features.map((feature) => [feature.properties?.id, feature.properties]),
    );
    // Only the pins that can wear a mark stand on the marks' source.
    expect(Object.keys(properties).sort()).toEqual(['sydney', 'tokyo', 'virginia']);
    const oneZone = pinRadius({ status: 'operating', zones: 1 });
    const twoZones = pinRadius({ status: 'operating', zones: 2 });
    const unknown = pinRadius({ status: 'operating', zones: undefined });
    expect(new Set([oneZone, twoZones, unknown]).size).toBe(3);
    expect(properties.tokyo).toEqual({
      id: 'tokyo',
      cross: true,
      [ringLayerId(oneZone)]: true,
      [ringLayerId(twoZones)]: true,
    });
    expect(properties.virginia).toEqual({
      id: 'virginia',
      cross: false,
      [ringLayerId(unknown)]: true,
    });
    // Sydney's dates are known to the day: its cross, and no ring.
    expect(properties.sydney).toEqual({ id: 'sydney', cross: true });
    const style = mapStyle(EMPTY_BASEMAP, [], PALETTES.light, undefined);
    expect(style.layers.find((layer) => layer.id === ringLayerId(oneZone))).toMatchObject({
      filter: ['boolean', ['get', ringLayerId(oneZone)], false],
    });
    expect(style.layers.find((layer) => layer.id === PIN_LAYERS.closedMark)).toMatchObject({
      filter: ['boolean', ['get', 'cross'], false],
    });
  });

  it('cross the closed pins and ring the uncertain ones at their radius, by feature state', () => {
    const pins = yearView(withVirginia, 2025, EN).pins;
    const marks = Object.fromEntries(pins.map((pin) => [pin.id, markState(pin)]));
    expect(marks.sydney).toEqual({ closed: true, ring: 0 });
    expect(marks.frankfurt).toEqual({ closed: false, ring: 0 });
    expect(marks.virginia!.closed).toBe(false);
    expect(marks.virginia!.ring).toBeGreaterThan(0);
  });

  it('show a mark only where its state says so, and dim it like the pins', () => {
    const paint = mapPaint(PALETTES.light, 'paris')[PIN_LAYERS.closedMark]!;
    expect(paint['icon-opacity']).toEqual([
      'case',
      ['boolean', ['feature-state', 'closed'], false],
      ['case', ['==', ['get', 'id'], 'paris'], 1, PIN.dimmedOpacity],
      0,
    ]);
  });
});

describe('pin paint', () => {
  it('dims every pin but the open one, by the pin specification', () => {
    const paint = mapPaint(PALETTES.light, 'paris')[PIN_LAYERS.operating]!;
    const operating = ['==', ['feature-state', 'status'], 'operating'];
    expect(paint['circle-opacity']).toEqual([
      'case',
      operating,
      [
        'case',
        ['==', ['get', 'id'], 'paris'],
        PIN.fillOpacity,
        PIN.fillOpacity * PIN.dimmedOpacity,
      ],
      0,
    ]);
    expect(mapPaint(PALETTES.light, undefined)[PIN_LAYERS.operating]!['circle-opacity']).toEqual([
      'case',
      operating,
      PIN.fillOpacity,
      0,
    ]);
  });

  it('takes every colour from the palette', () => {
    for (const palette of Object.values(PALETTES)) {
      const paint = mapPaint(palette, undefined);
      expect(paint.land!['fill-color']).toBe(palette.land);
      expect(paint[PIN_LAYERS.closed]!['circle-color']).toBe(palette.status.closed);
      expect(paint[PIN_LAYERS.announced]!['circle-stroke-color']).toBe(palette.status.announced);
      expect(paint[PIN_LAYERS.highlight]!['circle-stroke-color']).toBe(palette.highlight);
    }
  });
});

describe('the closed cross', () => {
  it('is drawn in the colour asked for, on both diagonals, and clear elsewhere', () => {
    const image = crossImage('#f4f4f4');
    const at = (x: number, y: number) => [
      ...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4),
    ];
    const middle = Math.floor(image.width / 2);
    expect(at(middle, middle)).toEqual([0xf4, 0xf4, 0xf4, 255]);
    expect(at(middle - 4, middle - 4)[3]).toBe(255);
    expect(at(middle + 4, middle - 5)[3]).toBe(255);
    expect(at(middle, 0)[3]).toBe(0);
    expect(at(0, middle)[3]).toBe(0);
  });
});

describe('the compared providers’ pins', () => {
  const peer = (id: string, ...events: RegionEvent[]) => region({ id, provider: 'aws', events });

  it('stand only on the layers of the looks they take at the end of some year', () => {
    const madrid = peer('aws-madrid', event('announced', '2021'), event('opened', '2022'));
    const quick = peer('aws-quick', event('announced', '2023-02'), event('opened', '2023-11'));
    const gone = peer('aws-gone', event('opened', '2015'), event('closed', '2019'));
    const dated = peer('aws-dated', { ...event('opened', '2018'), certainty: 'by' });
    expect(peerParts(madrid)).toEqual({
      filled: true,
      hollow: true,
      closed: false,
      uncertain: false,
    });
    // Announced and opened within one year: never hollow at a year's end.
    expect(peerParts(quick).hollow).toBe(false);
    expect(peerParts(gone)).toMatchObject({ filled: true, hollow: false, closed: true });
    expect(peerParts(dated)).toMatchObject({ filled: true, uncertain: true });
    const features = peerFeatures(yearView([...regions, madrid, gone], 2016, EN).pins).features.map(
      (feature) => feature.properties,
    );
    // Alibaba's pins are not the peers' layers' to draw; a peer not yet announced still stands.
    expect(features.map((properties) => properties?.id)).toEqual(['aws-madrid', 'aws-gone']);
  });

  it('show each part by feature state: the year’s look, its change, its ring and its cross', () => {
    const madrid = peer(
      'aws-madrid',
      event('announced', '2021'),
      { ...event('opened', '2022'), certainty: 'by' },
      event('closed', '2024'),
    );
    const stateAt = (year: number) => peerState(yearView([madrid], year, EN).pins[0]!);
    expect(stateAt(2020)).toEqual({
      look: 'none',
      changed: false,
      uncertain: false,
      closed: false,
    });
    expect(stateAt(2021)).toMatchObject({ look: 'hollow', changed: true });
    expect(stateAt(2022)).toMatchObject({ look: 'filled', changed: true, uncertain: true });
    expect(stateAt(2023)).toMatchObject({ look: 'filled', changed: false });
    expect(stateAt(2025)).toMatchObject({ look: 'closed', closed: true, changed: false });
  });

  it('draw each look in its own layer, from the image named by the provider', () => {
    const paint = mapPaint(PALETTES.light, undefined);
    const style = mapStyle(EMPTY_BASEMAP, [], PALETTES.light, undefined);
    const hollow = style.layers.find((layer) => layer.id === PEER_LAYERS.hollow);
    expect(hollow).toMatchObject({
      filter: ['boolean', ['get', 'hollow'], false],
      layout: { 'icon-image': ['concat', 'peer:', ['get', 'provider'], ':hollow'] },
    });
    expect(paint[PEER_LAYERS.hollow]?.['icon-opacity']).toEqual([
      'case',
      ['==', ['coalesce', ['feature-state', 'look'], 'none'], 'hollow'],
      1,
      0,
    ]);
    // Under Alibaba's pins.
    const order = style.layers.map((layer) => layer.id);
    expect(order.indexOf(PEER_LAYERS.cross)).toBeLessThan(order.indexOf(PIN_LAYERS.operating));
    expect(peerMarkOf(peerImageId('google', 'hollow'))).toMatchObject({
      provider: 'google',
      status: 'announced',
    });
  });
});
