/**
 * The footprint's growth, year by year, beside Alibaba's own published totals: what the growth chart
 * draws and says.
 */
import { creditLine } from './citation.ts';
import { yearOf } from './dates.ts';
import type { Locale } from './locale.ts';
import type { Milestone } from './milestones.ts';
import type { PublishedTotal } from './published-totals.ts';
import { countsAt, type Counts } from './status.ts';
import type { EventDate, Region } from './types.ts';

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

function zonesPhrase(knowledge: ZoneKnowledge, locale: Locale): string {
  const words = locale.m.growth;
  switch (knowledge.kind) {
    case 'known':
      return words.zones(knowledge.zones);
    case 'at-least':
      return words.atLeastZones(knowledge.zones);
    case 'unknown':
      return words.zonesUnknown;
  }
}

/**
 * "2019: 19 regions, 56 zones": a year's column, for its accessible name and the table. Before the
 * first dated region the map knows of none, which is not the same as none running.
 */
export function growthYearLine({ year, counts }: GrowthYear, locale: Locale): string {
  const words = locale.m.growth;
  const named = locale.m.year(year);
  if (counts.regions === 0) return words.noneDated(named);
  return words.yearLine(
    named,
    words.regions(counts.regions),
    zonesPhrase(zoneKnowledge(counts), locale),
  );
}

/** Where on the time axis a date falls, in years: the middle of the span it names. */
export function decimalYear(date: EventDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  if (month === undefined) return year + 0.5;
  if (day === undefined) return year + (month - 0.5) / 12;
  return year + (month - 1 + (day - 0.5) / 31) / 12;
}

/** "29 regions, 91 zones": what Alibaba said. */
export function totalCounted(total: PublishedTotal, locale: Locale): string {
  const words = locale.m.growth;
  const what =
    total.unit === 'locations' ? words.locations(total.regions) : words.regions(total.regions);
  return words.counted(what, total.zones === undefined ? undefined : words.zones(total.zones));
}

/** "Alibaba: 29 regions, 91 zones (The Register, 25 September 2025)". */
export function totalStatement(total: PublishedTotal, locale: Locale): string {
  return locale.m.growth.alibaba(totalCounted(total, locale), creditLine(total.source, locale));
}

export interface OurCount {
  /** "29 regions, 92 zones": what the map counts at the total's date. */
  counted: string;
  /** The map counts what Alibaba said. */
  agrees: boolean;
  /**
   * "This map, at 24 September 2025: 29 regions, 92 zones. The same." Why the two differ where
   * they do is the total's `note`, in the dataset's language.
   */
  sentence: string;
}

/** What the map counts at a published total's date, and whether the two agree. */
export function ourCount(
  total: PublishedTotal,
  regions: readonly Region[],
  locale: Locale,
): OurCount {
  const words = locale.m.growth;
  const ours = countsAt(regions, total.date);
  const knowledge = zoneKnowledge(ours);
  const agrees =
    ours.regions === total.regions &&
    (total.zones === undefined || (knowledge.kind === 'known' && ours.zones === total.zones));
  const counted = words.counted(words.regions(ours.regions), zonesPhrase(knowledge, locale));
  const said = words.ours(locale.date(total.date), counted);
  return { counted, agrees, sentence: agrees ? `${said} ${words.same}` : said };
}

/** A total's note as a sentence in the reader's language: "The dataset's zone counts …." */
export function totalNote(total: PublishedTotal, locale: Locale): string | undefined {
  if (!total.note) return undefined;
  const note = locale.note(total.note);
  return locale.m.panel.sentence(`${note.charAt(0).toUpperCase()}${note.slice(1)}`);
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
