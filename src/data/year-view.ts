/**
 * One year, computed once: every region's status at the year, which regions show, the counts and
 * the year's events, with the words that describe them. Every renderer, the list, the summary and
 * the panel read this view; none of them works a status out again.
 */
import { yearOf } from './dates.ts';
import type { Locale, Messages } from './locale.ts';
import {
  countsOf,
  eventsIn,
  isRunning,
  standingAt,
  zonesAt,
  type Counts,
  type RegionStatus,
} from './status.ts';
import type { Region, RegionEvent } from './types.ts';

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
  /** Known only to be running by a date: drawn with a dashed ring. */
  readonly uncertain: boolean;
  /** "Paris, France": the name a reader sees first. */
  readonly title: string;
  /** "Paris": the name on the map and in running text (in Chinese, Alibaba's own). */
  readonly name: string;
  /** What the region is at the year: "operating since June 2026", and whether its pin is approximate. */
  readonly summary: string;
  /** The accessible name: the title, then the summary. */
  readonly label: string;
}

export interface YearView {
  readonly year: number;
  /** Every region, in the dataset's order. */
  readonly pins: readonly PinView[];
  /** The regions that show at the year: announced, operating or closed. */
  readonly visible: readonly PinView[];
  readonly counts: Counts;
  /** What happened in the year, one entry per region, dated ones first. */
  readonly changes: readonly YearChange[];
  /** The region's pin, shown or not; undefined for an unknown id. */
  pin(id: string): PinView | undefined;
}

/** "June 2026", "by May 2014" or "between November 2015 and July 2016": as certain as the sources. */
export function eventWhen(event: RegionEvent, locale: Locale): string {
  const date = locale.date(event.date);
  if (event.certainty !== 'by') return date;
  return event.after ? locale.m.between(locale.date(event.after), date) : locale.m.by(date);
}

/** "since June 2026", or the `eventWhen` wording where the date is only a bound. */
function sinceWhen(event: RegionEvent, locale: Locale): string {
  return event.certainty === 'by'
    ? eventWhen(event, locale)
    : locale.m.since(eventWhen(event, locale));
}

type PinFacts = Omit<PinView, 'label' | 'title' | 'name' | 'summary'>;

function describeStatus(pin: PinFacts, year: number, locale: Locale): string {
  const { region, status, cause } = pin;
  const words = locale.m.pin;
  const when = cause ? eventWhen(cause, locale) : '';
  const opened = region.events.find((event) => event.type === 'opened');
  const operated = opened
    ? opened.certainty === 'by'
      ? eventWhen(opened, locale)
      : locale.m.from(eventWhen(opened, locale))
    : '';
  switch (status) {
    case 'operating':
      return words.operating(pin.since);
    case 'announced':
      return cause?.type === 'listed' ? words.listed(when) : words.announced(when);
    case 'closing':
      return words.closing(when, operated);
    case 'closed':
      return words.closed(when, operated);
    case 'not-yet':
      return words.notYet(locale.m.year(year));
  }
}

function pinAt(region: Region, year: number, locale: Locale): PinView {
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
    when: cause ? eventWhen(cause, locale) : '',
    since: cause ? sinceWhen(cause, locale) : '',
    uncertain: cause?.certainty === 'by' && isRunning(status),
  };
  const place = region.precision === 'approximate' ? locale.m.pin.approximate : '';
  const own = locale.regionName(region);
  // Another provider's region says whose it is wherever it is named: pin, card, list, story.
  const title = region.provider
    ? locale.m.compare.titled(locale.m.providers[region.provider], own)
    : own;
  const summary = `${describeStatus(partial, year, locale)}${place}`;
  const name = locale.shortName(region);
  return { ...partial, title, name, summary, label: locale.m.pin.label(title, summary) };
}

export function yearView(
  regions: readonly Region[],
  year: number,
  locale: Locale,
  reuse: (pin: PinView) => PinView = (pin) => pin,
): YearView {
  const pins = regions.map((region) => reuse(pinAt(region, year, locale)));
  const byId = new Map(pins.map((pin) => [pin.id, pin]));
  return {
    year,
    pins,
    visible: pins.filter((pin) => pin.status !== 'not-yet'),
    counts: countsOf(pins),
    changes: yearChanges(regions, year, locale),
    pin: (id) => byId.get(id),
  };
}

/** Whether two pins of a region read and draw alike: every field the same. */
function samePin(a: PinView, b: PinView): boolean {
  return (Object.keys(a) as (keyof PinView)[]).every((key) => a[key] === b[key]);
}

/**
 * Memoises `yearView` per year: playback and slider steps revisit the same few years. A region
 * that a year shows as another year did keeps that year's pin object, so what draws it (a row of
 * the list, a pin button) sees no change on a step: most regions stand still from one year to the
 * next, and with the other providers' layers on the list alone has about 170 rows.
 */
export function createYearViews(
  regions: readonly Region[],
  locale: Locale,
): (year: number) => YearView {
  const cache = new Map<number, YearView>();
  // Each region's pins as met so far, one per way it reads: a handful over all the years.
  const seen = new Map<string, PinView[]>();
  const reuse = (pin: PinView): PinView => {
    const pins = seen.get(pin.id);
    const same = pins?.find((other) => samePin(other, pin));
    if (same) return same;
    if (pins) pins.push(pin);
    else seen.set(pin.id, [pin]);
    return pin;
  };
  return (year) => {
    let view = cache.get(year);
    if (!view) {
      view = yearView(regions, year, locale, reuse);
      cache.set(year, view);
    }
    return view;
  };
}

/** One region's part in a year's story. */
export interface YearChange {
  region: Region;
  /** What happened, one per event, oldest first. */
  verbs: Verb[];
  /** The same with their dates within the year: "opened 17 June". */
  phrases: string[];
  /** Only year-only dates: it goes after the dated changes. */
  undated: boolean;
}

export type Verb = keyof Messages['verb'];

/** What an event is, for a reader: an announcement about a running region is an expansion. */
function eventVerb(event: RegionEvent, runningBefore: boolean): Verb {
  switch (event.type) {
    case 'announced':
      return runningBefore ? 'expansionAnnounced' : 'announced';
    case 'listed':
      return 'listed';
    case 'opened':
      return event.certainty === 'by' ? 'recordedRunning' : 'opened';
    case 'expanded':
      return 'expanded';
    case 'closing':
      return 'closureAnnounced';
    case 'closed':
      return 'closed';
  }
}

/** "opened 17 June", "recorded running by March", "between April and June 2019". */
function eventPhrase(event: RegionEvent, verb: Verb, locale: Locale): string {
  const words = locale.m.verb[verb];
  if (event.certainty === 'by' && event.after) {
    return locale.m.phraseBetween(words, eventWhen(event, locale));
  }
  return locale.m.phrase(words, locale.inYear(event.date), event.certainty === 'by');
}

/**
 * The year's events, one entry per region: in date order, with the regions whose only dates are
 * the bare year after them (their month is not published, so they cannot be placed among the rest).
 */
function yearChanges(regions: readonly Region[], year: number, locale: Locale): YearChange[] {
  const byRegion = new Map<Region, YearChange>();
  for (const { region, event } of eventsIn(regions, year)) {
    const before = standingAt(
      region,
      event.date.length === 4 ? String(year - 1) : previousDay(event.date),
    );
    let change = byRegion.get(region);
    if (!change) {
      change = { region, verbs: [], phrases: [], undated: true };
      byRegion.set(region, change);
    }
    const verb = eventVerb(event, isRunning(before.status));
    change.verbs.push(verb);
    change.phrases.push(eventPhrase(event, verb, locale));
    if (event.date.length > 4) change.undated = false;
  }
  // Events come oldest first, so regions enter in the order of their first event; a stable sort
  // then moves the year-only ones to the end.
  return [...byRegion.values()].toSorted((a, b) => Number(a.undated) - Number(b.undated));
}

/** The day before, as far as the date says: what stood just before an event. */
function previousDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (day !== undefined) {
    const before = new Date(Date.UTC(year!, month! - 1, day - 1));
    return before.toISOString().slice(0, 10);
  }
  return month === 1 ? `${year! - 1}-12` : `${year}-${String(month! - 1).padStart(2, '0')}`;
}

/** A region's changes in a year, most telling first: a year's line names a region by the first. */
const VERBS_BY_WEIGHT: readonly Verb[] = [
  'opened',
  'closed',
  'announced',
  'closureAnnounced',
  'listed',
  'recordedRunning',
  'expanded',
  'expansionAnnounced',
];

/** The verbs a year's line always tells; regions with only lesser changes are named when few. */
const HEADLINE_VERBS = 4;
/** A group with more regions than this is counted rather than named. */
const MAX_NAMED = 3;
/** More regions with lesser changes than this are counted too. */
const MAX_NAMED_MINOR = 2;

function groupPhrase(verb: Verb, regions: readonly string[], locale: Locale): string {
  const words = locale.m.yearLine;
  const who = regions.length > MAX_NAMED ? words.regions(regions.length) : locale.list(regions);
  return verb === 'closureAnnounced'
    ? words.closures(who, regions.length)
    : words.group(who, locale.m.verb[verb]);
}

/**
 * "In 2025: Mexico opened; Brazil, Netherlands and Paris announced; changes at 7 other regions.":
 * the year's story in a line or two for embeds, the most telling changes first, whatever the year.
 */
export function yearLine(view: YearView, locale: Locale): string {
  const words = locale.m.yearLine;
  const year = locale.m.year(view.year);
  if (view.changes.length === 0) return words.none(year);
  const byVerb = new Map<Verb, string[]>();
  for (const change of view.changes) {
    const verb = VERBS_BY_WEIGHT.find((candidate) => change.verbs.includes(candidate));
    if (!verb) continue;
    byVerb.set(verb, [...(byVerb.get(verb) ?? []), locale.shortName(change.region)]);
  }
  const groups = VERBS_BY_WEIGHT.filter((verb) => byVerb.has(verb)).map(
    (verb) => [verb, byVerb.get(verb)!] as const,
  );
  const headline = groups.filter(([verb]) => VERBS_BY_WEIGHT.indexOf(verb) < HEADLINE_VERBS);
  const minor = groups.filter(([verb]) => VERBS_BY_WEIGHT.indexOf(verb) >= HEADLINE_VERBS);
  const minorCount = minor.reduce((sum, [, regions]) => sum + regions.length, 0);
  const parts = headline.map(([verb, regions]) => groupPhrase(verb, regions, locale));
  if (minorCount > MAX_NAMED_MINOR && parts.length > 0) {
    parts.push(words.others(minorCount));
  } else {
    parts.push(...minor.map(([verb, regions]) => groupPhrase(verb, regions, locale)));
  }
  return words.line(year, parts);
}
