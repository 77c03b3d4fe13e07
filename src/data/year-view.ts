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
  zonesAt,
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
  /**
   * When the status began: "June 2026"; "by May 2014" when only its evidence is dated; "between
   * November 2015 and July 2016" when it was still to come at an earlier date.
   */
  readonly when: string;
  /** The same in a sentence: "since June 2026", "by May 2014", "between … and …". */
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

/** "June 2026", "by May 2014" or "between November 2015 and July 2016": as certain as the sources. */
export function eventWhen(event: RegionEvent): string {
  const date = formatDate(event.date);
  if (event.certainty !== 'by') return date;
  return event.after ? `between ${formatDate(event.after)} and ${date}` : `by ${date}`;
}

/** "since June 2026", or the `eventWhen` wording where the date is only a bound. */
function sinceWhen(event: RegionEvent): string {
  return event.certainty === 'by' ? eventWhen(event) : `since ${eventWhen(event)}`;
}

function describeStatus(pin: Omit<PinView, 'label'>, year: number): string {
  const { region, status, cause } = pin;
  const when = cause ? eventWhen(cause) : '';
  const opened = region.events.find((event) => event.type === 'opened');
  const operated = opened
    ? `, operated ${opened.certainty === 'by' ? eventWhen(opened) : `from ${eventWhen(opened)}`}`
    : '';
  switch (status) {
    case 'operating':
      return pin.since ? `operating ${pin.since}` : 'operating';
    case 'announced':
      return cause?.type === 'listed'
        ? `listed by Alibaba ${when}, not known to be open`
        : `announced ${when}, not yet open`;
    case 'closing':
      return `closing (closure announced ${when})${operated}`;
    case 'closed':
      return `closed ${when}${operated}`;
    case 'not-yet':
      return `not yet announced in ${year}`;
  }
}

function pinAt(region: Region, year: number): PinView {
  const { status, cause } = standingAt(region, year);
  const partial = {
    region,
    id: region.id,
    lon: region.lon,
    lat: region.lat,
    status,
    changed: region.events.some((event) => yearOf(event.date) === year),
    zones: zonesAt(region, year),
    cause,
    when: cause ? eventWhen(cause) : '',
    since: cause ? sinceWhen(cause) : '',
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

const EVENT_VERBS: Record<RegionEvent['type'], string> = {
  announced: 'announced',
  listed: 'listed by Alibaba',
  opened: 'opened',
  expanded: 'expanded',
  closing: 'closure announced',
  closed: 'closed',
};

/**
 * "Paris opened", for the list of a year's events; the note goes beside it. An event known only by
 * its evidence did not happen that year, so it is not said to have.
 */
export function eventSentence(region: Region, event: RegionEvent): string {
  if (event.certainty === 'by' && event.type === 'opened') {
    return `${region.name} recorded operating`;
  }
  return `${region.name} ${EVENT_VERBS[event.type]}`;
}
