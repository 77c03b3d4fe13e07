import { compareDates, yearOf } from './dates';
import type { EventDate, Region, RegionEvent } from './types';

export type RegionStatus = 'not-yet' | 'announced' | 'operating' | 'closed';

export const STATUSES: readonly RegionStatus[] = ['operating', 'announced', 'closed', 'not-yet'];

/** A year on the slider, or a date as precise as the caller knows it. */
export type When = number | EventDate;

function asDate(when: When): EventDate {
  return typeof when === 'number' ? String(when).padStart(4, '0') : when;
}

/** Events that have happened by `when` (inclusive: an event in 2026 counts at the year 2026). */
export function eventsBy(region: Region, when: When): RegionEvent[] {
  const date = asDate(when);
  return region.events.filter((event) => compareDates(event.date, date) <= 0);
}

function nextStatus(status: RegionStatus, event: RegionEvent): RegionStatus {
  switch (event.type) {
    case 'announced':
      // An announcement about a region that already runs (more zones, say) does not demote it.
      return status === 'not-yet' ? 'announced' : status;
    case 'opened':
      return 'operating';
    case 'expanded':
      return status === 'not-yet' ? 'announced' : status;
    case 'closed':
      return 'closed';
  }
}

export function statusAt(region: Region, when: When): RegionStatus {
  return eventsBy(region, when).reduce(nextStatus, 'not-yet' as RegionStatus);
}

/** The event that put the region into its status at `when`, for "operating since June 2026". */
export function statusEventAt(region: Region, when: When): RegionEvent | undefined {
  let status: RegionStatus = 'not-yet';
  let cause: RegionEvent | undefined;
  for (const event of eventsBy(region, when)) {
    const next = nextStatus(status, event);
    if (next !== status) cause = event;
    status = next;
  }
  return cause;
}

export interface YearRange {
  first: number;
  last: number;
}

/** From the first event to the later of `now` and the last event (announced dates may lie ahead). */
export function yearRange(regions: readonly Region[], now: Date): YearRange {
  const years = regions.flatMap((region) => region.events.map((event) => yearOf(event.date)));
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
  /** Regions operating at that date. */
  regions: number;
  /** Zones of those regions whose zone count is known. */
  zones: number;
  /** Operating regions whose zone count no source gives, so `zones` is a lower bound when > 0. */
  regionsWithUnknownZones: number;
  /** Distinct countries and territories with an operating region. */
  countries: number;
}

export function countsAt(regions: readonly Region[], when: When): Counts {
  const operating = regions.filter((region) => statusAt(region, when) === 'operating');
  return {
    regions: operating.length,
    zones: operating.reduce((sum, region) => sum + (region.zones ?? 0), 0),
    regionsWithUnknownZones: operating.filter((region) => region.zones === undefined).length,
    countries: new Set(operating.map((region) => region.country)).size,
  };
}
