import { compareDates, yearOf } from './dates.ts';
import type { EventDate, Region, RegionEvent } from './types.ts';

/** `closing`: the closure is announced and the region still runs. */
export type RegionStatus = 'not-yet' | 'announced' | 'operating' | 'closing' | 'closed';

/** The statuses a reader can see on the map, in the key's order. */
export const SHOWN_STATUSES = ['operating', 'closing', 'announced', 'closed'] as const;

export type ShownStatus = (typeof SHOWN_STATUSES)[number];

/** A year on the slider, or a date as precise as the caller knows it. */
export type When = number | EventDate;

function asDate(when: When): EventDate {
  return typeof when === 'number' ? String(when).padStart(4, '0') : when;
}

/** Events that have happened by `when` (inclusive: an event in 2026 counts at the year 2026). */
function eventsBy(region: Region, when: When): RegionEvent[] {
  const date = asDate(when);
  return region.events.filter((event) => compareDates(event.date, date) <= 0);
}

function nextStatus(status: RegionStatus, event: RegionEvent): RegionStatus {
  switch (event.type) {
    // An announcement about a region that already runs (more zones, say) does not demote it.
    case 'announced':
    case 'listed':
    case 'expanded':
      return status === 'not-yet' ? 'announced' : status;
    case 'opened':
      return 'operating';
    case 'closing':
      return status === 'closed' ? status : 'closing';
    case 'closed':
      return 'closed';
  }
}

/** A region that runs at the date: operating, or closing but not yet closed. */
export function isRunning(status: RegionStatus): boolean {
  return status === 'operating' || status === 'closing';
}

/** The zone count known at `when`: the latest one a source had given by then. */
export function zonesAt(region: Region, when: When): number | undefined {
  const date = asDate(when);
  let zones: number | undefined;
  for (const count of region.zoneCounts) {
    if (compareDates(count.date, date) <= 0) zones = count.count;
  }
  return zones;
}

export interface Standing {
  status: RegionStatus;
  /** The event that put the region into its status, for "operating since June 2026". */
  cause: RegionEvent | undefined;
}

/** A region's status at `when`, and the event that brought it there. */
export function standingAt(region: Region, when: When): Standing {
  let standing: Standing = { status: 'not-yet', cause: undefined };
  for (const event of eventsBy(region, when)) {
    const status = nextStatus(standing.status, event);
    if (status !== standing.status) standing = { status, cause: event };
  }
  return standing;
}

export function statusAt(region: Region, when: When): RegionStatus {
  return standingAt(region, when).status;
}

export interface YearRange {
  first: number;
  last: number;
}

/**
 * From the earliest dated fact (a region's event, or a company milestone such as Alibaba Cloud's
 * launch) to the later of `now` and the last event (announced dates may lie ahead).
 */
export function yearRange(
  regions: readonly Region[],
  now: Date,
  otherDates: readonly EventDate[] = [],
): YearRange {
  const years = [
    ...regions.flatMap((region) => region.events.map((event) => yearOf(event.date))),
    ...otherDates.map(yearOf),
  ];
  const current = now.getUTCFullYear();
  if (years.length === 0) return { first: current, last: current };
  return { first: Math.min(...years), last: Math.max(current, ...years) };
}

export interface DatedEvent {
  region: Region;
  event: RegionEvent;
}

export function eventsIn(regions: readonly Region[], year: number): DatedEvent[] {
  return regions
    .flatMap((region) => region.events.map((event) => ({ region, event })))
    .filter(({ event }) => yearOf(event.date) === year)
    .sort(
      (a, b) =>
        compareDates(a.event.date, b.event.date) || a.event.date.length - b.event.date.length,
    );
}

export interface Counts {
  /** Regions running at the date (operating, or closing but not yet closed). */
  regions: number;
  /** Zones of those regions whose zone count is known. */
  zones: number;
  /** Operating regions whose zone count no source gives, so `zones` is a lower bound when > 0. */
  regionsWithUnknownZones: number;
  /** Distinct countries and territories with a running region. */
  countries: number;
  /** Running regions in mainland China, the share Alibaba's own totals sometimes give. */
  mainlandChina: number;
}

/** What counting needs to know of a region at a date. */
export interface Countable {
  region: Region;
  status: RegionStatus;
  zones: number | undefined;
}

export function countsOf(items: readonly Countable[]): Counts {
  const running = items.filter((item) => isRunning(item.status));
  return {
    regions: running.length,
    zones: running.reduce((sum, item) => sum + (item.zones ?? 0), 0),
    regionsWithUnknownZones: running.filter((item) => item.zones === undefined).length,
    countries: new Set(running.map((item) => item.region.country)).size,
    mainlandChina: running.filter((item) => item.region.country === 'CN').length,
  };
}

/** Counts at a date, with the zone counts known at that date. */
export function countsAt(regions: readonly Region[], when: When): Counts {
  return countsOf(
    regions.map((region) => ({
      region,
      status: statusAt(region, when),
      zones: zonesAt(region, when),
    })),
  );
}
