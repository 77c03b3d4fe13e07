import { scaleThreshold } from 'd3-scale';
import { formatDate, yearOf } from './dates';
import { statusAt, statusEventAt, type RegionStatus } from './status';
import type { Precision, Region, RegionEvent } from './types';

/** What every renderer (MapLibre, SVG, the list) needs to draw one region at one year. */
export interface PinView {
  id: string;
  name: string;
  lon: number;
  lat: number;
  status: RegionStatus;
  /** Something happened to the region in this year: drawn highlighted. */
  changed: boolean;
  /** Circle radius in CSS pixels. */
  radius: number;
  precision: Precision;
  /** The accessible name: starts with the region's name, then where and what. */
  label: string;
}

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(code: string): string {
  return countryNames.of(code) ?? code;
}

/** "Paris, France"; a region named after its country is not named twice. */
export function placeName(region: Region): string {
  const country = countryName(region.country);
  return region.name === country ? region.name : `${region.name}, ${country}`;
}

/**
 * Operating pins grow in steps with their zones, by area rather than radius (a 6-zone region is not
 * 6x as wide). A threshold scale keeps the sizes few enough to read, and unlike a continuous d3 scale
 * it pulls no interpolation or number formatting into the first paint.
 */
export const radiusForZones = scaleThreshold<number, number>()
  .domain([2, 3, 4, 6, 9])
  .range([5, 6.5, 7.5, 8.5, 10, 12]);

export const ANNOUNCED_RADIUS = 6;
export const CLOSED_RADIUS = 5;
/** An operating region whose zone count no source gives. */
export const UNKNOWN_ZONES_RADIUS = 6;

function radiusFor(region: Region, status: RegionStatus): number {
  if (status === 'announced') return ANNOUNCED_RADIUS;
  if (status === 'closed') return CLOSED_RADIUS;
  return region.zones === undefined ? UNKNOWN_ZONES_RADIUS : radiusForZones(region.zones);
}

/**
 * An opening whose date no source gives is recorded at the earliest dated source showing the region
 * running, with a note saying "opening date not published"; the map then says "by", never "since".
 */
export function isEvidenceOnly(event: RegionEvent): boolean {
  return event.type === 'opened' && /opening date not published/i.test(event.note ?? '');
}

/** "since June 2026", or "by May 2014" when only the earliest evidence is dated. */
export function sincePhrase(event: RegionEvent): string {
  return `${isEvidenceOnly(event) ? 'by' : 'since'} ${formatDate(event.date)}`;
}

function describeStatus(region: Region, status: RegionStatus, year: number): string {
  const cause: RegionEvent | undefined = statusEventAt(region, year);
  const since = cause ? formatDate(cause.date) : '';
  switch (status) {
    case 'operating':
      return cause ? `operating ${sincePhrase(cause)}` : 'operating';
    case 'announced':
      return `announced ${since}, not yet open`;
    case 'closed': {
      const opened = region.events.find((event) => event.type === 'opened');
      return opened
        ? `closed ${since}, operated ${isEvidenceOnly(opened) ? 'by' : 'from'} ${formatDate(opened.date)}`
        : `closed ${since}`;
    }
    case 'not-yet':
      return `not yet announced in ${year}`;
  }
}

export function pinLabel(region: Region, year: number): string {
  const status = statusAt(region, year);
  const place = region.precision === 'approximate' ? ' (location approximate)' : '';
  return `${placeName(region)}: ${describeStatus(region, status, year)}${place}`;
}

/** The pins at a year, in the dataset's order. Pure, so it is computed once per year and cached. */
export function pinsAt(regions: readonly Region[], year: number): PinView[] {
  return regions.map((region) => {
    const status = statusAt(region, year);
    return {
      id: region.id,
      name: region.name,
      lon: region.lon,
      lat: region.lat,
      status,
      changed: region.events.some((event) => yearOf(event.date) === year),
      radius: radiusFor(region, status),
      precision: region.precision,
      label: pinLabel(region, year),
    };
  });
}

/** Memoises `pinsAt` per year: playback and slider steps revisit the same few years. */
export function createPinCache(regions: readonly Region[]): (year: number) => PinView[] {
  const cache = new Map<number, PinView[]>();
  return (year) => {
    let pins = cache.get(year);
    if (!pins) {
      pins = pinsAt(regions, year);
      cache.set(year, pins);
    }
    return pins;
  };
}

const VERBS: Record<RegionEvent['type'], string> = {
  announced: 'announced',
  opened: 'opened',
  expanded: 'expanded',
  closed: 'closed',
};

/**
 * "Paris opened", for the list of a year's events; the note goes beside it. An opening known only
 * from its earliest evidence did not happen that year, so it is not called one.
 */
export function eventSentence(region: Region, event: RegionEvent): string {
  if (isEvidenceOnly(event)) return `${region.name} first recorded operating`;
  return `${region.name} ${VERBS[event.type]}`;
}
