/**
 * The footprint's growth, year by year, beside Alibaba's own published totals: what the growth chart
 * draws and says.
 */
import { creditLine } from './citation';
import { formatDate, yearOf } from './dates';
import type { Milestone } from './milestones';
import type { PublishedTotal } from './published-totals';
import { countsAt, type Counts } from './status';
import type { EventDate, Region } from './types';

export interface GrowthYear {
  year: number;
  /** At the end of the year, with the zone counts known by then. */
  counts: Counts;
}

export function growthSeries(
  regions: readonly Region[],
  first: number,
  last: number,
): GrowthYear[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i).map((year) => ({
    year,
    counts: countsAt(regions, year),
  }));
}

/** What is known of a zone total: all of it, a lower bound, or nothing. */
export type ZoneKnowledge =
  { kind: 'known'; zones: number } | { kind: 'at-least'; zones: number } | { kind: 'unknown' };

export function zoneKnowledge(counts: Counts): ZoneKnowledge {
  if (counts.regions === 0) return { kind: 'unknown' };
  if (counts.regionsWithUnknownZones === 0) return { kind: 'known', zones: counts.zones };
  if (counts.zones === 0) return { kind: 'unknown' };
  return { kind: 'at-least', zones: counts.zones };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function zonesPhrase(knowledge: ZoneKnowledge): string {
  switch (knowledge.kind) {
    case 'known':
      return plural(knowledge.zones, 'zone', 'zones');
    case 'at-least':
      return `at least ${plural(knowledge.zones, 'zone', 'zones')}`;
    case 'unknown':
      return 'zones not known';
  }
}

/**
 * "2019: 19 regions, 56 zones": a year's column, for its accessible name and the table. Before the
 * first dated region the map knows of none, which is not the same as none running.
 */
export function growthYearLine({ year, counts }: GrowthYear): string {
  if (counts.regions === 0) return `${year}: no region dated yet`;
  return `${year}: ${plural(counts.regions, 'region', 'regions')}, ${zonesPhrase(zoneKnowledge(counts))}`;
}

/** Where on the time axis a date falls, in years: the middle of the span it names. */
export function decimalYear(date: EventDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  if (month === undefined) return year + 0.5;
  if (day === undefined) return year + (month - 0.5) / 12;
  return year + (month - 1 + (day - 0.5) / 31) / 12;
}

/** "Alibaba: 29 regions, 91 zones (The Register, 25 September 2025)". */
export function totalStatement(total: PublishedTotal): string {
  const what =
    total.unit === 'locations'
      ? plural(total.regions, 'data-centre location', 'data-centre locations')
      : plural(total.regions, 'region', 'regions');
  const zones = total.zones === undefined ? '' : `, ${plural(total.zones, 'zone', 'zones')}`;
  return `Alibaba: ${what}${zones} (${creditLine(total.source)})`;
}

/**
 * What the map counts at the total's date, and why the two differ where they do: "This map, on
 * 24 September 2025: 29 regions, 92 zones. The dataset's zone counts for 2025 come from …".
 */
export function totalComparison(total: PublishedTotal, regions: readonly Region[]): string {
  const ours = countsAt(regions, total.date);
  const knowledge = zoneKnowledge(ours);
  const agrees =
    ours.regions === total.regions &&
    (total.zones === undefined || (knowledge.kind === 'known' && ours.zones === total.zones));
  const counted = `This map, at ${formatDate(total.date)}: ${plural(ours.regions, 'region', 'regions')}, ${zonesPhrase(knowledge)}.`;
  const why = total.note ? ` ${total.note.charAt(0).toUpperCase()}${total.note.slice(1)}.` : '';
  return `${counted}${agrees ? ' The same.' : ''}${why}`;
}

/** Milestones grouped by year, oldest first. */
export function milestonesByYear(milestones: readonly Milestone[]): Map<number, Milestone[]> {
  const byYear = new Map<number, Milestone[]>();
  for (const milestone of milestones) {
    const year = yearOf(milestone.date);
    byYear.set(year, [...(byYear.get(year) ?? []), milestone]);
  }
  return byYear;
}
