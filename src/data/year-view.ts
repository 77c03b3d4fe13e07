/**
 * One year, computed once: every region's status at the year, which regions show, the counts and
 * the year's events, with the words that describe them. Every renderer, the list, the summary and
 * the panel read this view; none of them works a status out again.
 */
import { formatDate, yearOf } from './dates';
import {
  countsOf,
  eventsIn,
  standingAt,
  type Counts,
  type DatedEvent,
  type RegionStatus,
} from './status';
import type { Region, RegionEvent } from './types';

/** One region at one year. */
export interface PinView {
  readonly region: Region;
  readonly id: string;
  readonly lon: number;
  readonly lat: number;
  readonly status: RegionStatus;
  /** Something happened to the region in this year: drawn highlighted. */
  readonly changed: boolean;
  /** Availability zones as far as known; undefined when no source gives them. */
  readonly zones: number | undefined;
  /** The event that put the region into its status, if any. */
  readonly cause: RegionEvent | undefined;
  /** When the status began, "June 2026" or "by May 2014" (only its earliest evidence is dated). */
  readonly when: string;
  /** The same in a sentence: "since June 2026" or "by May 2014". */
  readonly since: string;
  /** The accessible name: starts with the region's name, then where and what. */
  readonly label: string;
}

export interface YearView {
  readonly year: number;
  /** Every region, in the dataset's order. */
  readonly pins: readonly PinView[];
  /** The regions that show at the year: announced, operating or closed. */
  readonly visible: readonly PinView[];
  readonly counts: Counts;
  /** The year's events, oldest first. */
  readonly events: readonly DatedEvent[];
  /** The region's pin, shown or not; undefined for an unknown id. */
  pin(id: string): PinView | undefined;
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
 * An opening whose date no source gives is recorded at the earliest dated source showing the region
 * running, with a note saying "opening date not published"; the map then says "by", never "since".
 */
export function isEvidenceOnly(event: RegionEvent): boolean {
  return event.type === 'opened' && /opening date not published/i.test(event.note ?? '');
}

function describeStatus(pin: Omit<PinView, 'label'>, year: number): string {
  const { region, status, cause } = pin;
  const when = cause ? formatDate(cause.date) : '';
  switch (status) {
    case 'operating':
      return pin.since ? `operating ${pin.since}` : 'operating';
    case 'announced':
      return `announced ${when}, not yet open`;
    case 'closed': {
      const opened = region.events.find((event) => event.type === 'opened');
      return opened
        ? `closed ${when}, operated ${isEvidenceOnly(opened) ? 'by' : 'from'} ${formatDate(opened.date)}`
        : `closed ${when}`;
    }
    case 'not-yet':
      return `not yet announced in ${year}`;
  }
}

function pinAt(region: Region, year: number): PinView {
  const { status, cause } = standingAt(region, year);
  const date = cause ? formatDate(cause.date) : '';
  const by = cause !== undefined && isEvidenceOnly(cause);
  const partial = {
    region,
    id: region.id,
    lon: region.lon,
    lat: region.lat,
    status,
    changed: region.events.some((event) => yearOf(event.date) === year),
    zones: region.zones,
    cause,
    when: by ? `by ${date}` : date,
    since: !cause ? '' : by ? `by ${date}` : `since ${date}`,
  };
  const place = region.precision === 'approximate' ? ' (location approximate)' : '';
  return { ...partial, label: `${placeName(region)}: ${describeStatus(partial, year)}${place}` };
}

export function yearView(regions: readonly Region[], year: number): YearView {
  const pins = regions.map((region) => pinAt(region, year));
  const byId = new Map(pins.map((pin) => [pin.id, pin]));
  return {
    year,
    pins,
    visible: pins.filter((pin) => pin.status !== 'not-yet'),
    counts: countsOf(pins),
    events: eventsIn(regions, year),
    pin: (id) => byId.get(id),
  };
}

/** Memoises `yearView` per year: playback and slider steps revisit the same few years. */
export function createYearViews(regions: readonly Region[]): (year: number) => YearView {
  const cache = new Map<number, YearView>();
  return (year) => {
    let view = cache.get(year);
    if (!view) {
      view = yearView(regions, year);
      cache.set(year, view);
    }
    return view;
  };
}

/**
 * "Paris opened", for the list of a year's events; the note goes beside it. An opening known only
 * from its earliest evidence did not happen that year, so it is not called one.
 */
export function eventSentence(region: Region, event: RegionEvent): string {
  if (isEvidenceOnly(event)) return `${region.name} first recorded operating`;
  return `${region.name} ${event.type}`;
}
