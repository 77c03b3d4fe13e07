/**
 * One version of everything the map shows: the regions, the company's milestones and Alibaba's own
 * totals, named by the day of its version. The live map shows the newest; an archived view (under
 * `v/VERSION/`) shows the version it was made from, forever.
 */
import { isEventDate } from './dates.ts';
import type { Milestone } from './milestones.ts';
import type { PublishedTotal } from './published-totals.ts';
import { yearRange, type YearRange } from './status.ts';
import { PEER_PROVIDERS, type PeerProvider, type Region } from './types.ts';

export interface Dataset {
  /** The day of the changelog's newest entry, `YYYY-MM-DD`: what "data as of" names. */
  version: string;
  regions: readonly Region[];
  milestones: readonly Milestone[];
  publishedTotals: readonly PublishedTotal[];
  /**
   * The other providers' regions, one dataset each, since the version that added them (older
   * versions have none). The live map loads them only when a reader compares (`providers/`).
   */
  aws?: readonly Region[];
  azure?: readonly Region[];
  google?: readonly Region[];
}

/** The collections a dataset holds, each a list of records with a key of their own. */
export type Collection = 'regions' | 'milestones' | 'publishedTotals' | PeerProvider;

export const COLLECTIONS: readonly Collection[] = [
  'regions',
  'milestones',
  'publishedTotals',
  ...PEER_PROVIDERS,
];

/** A record's key in its collection: a region's or milestone's id, a total's date. */
export function recordKey(collection: Collection, record: object): string {
  const keyed = record as { id?: unknown; date?: unknown };
  return String(collection === 'publishedTotals' ? keyed.date : keyed.id);
}

/** A version as the map names it: a real day, `YYYY-MM-DD`. */
export function isVersion(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isEventDate(value);
}

/**
 * The moment a version stands for, as the map's clock: the end of its day (UTC). An archived view
 * ends its timeline in its version's year, whenever it is read.
 */
export function versionEnd(version: string): Date {
  return new Date(`${version}T23:59:59Z`);
}

/**
 * The years a dataset's map spans: from its earliest dated fact (a region's event, or a company
 * milestone such as Alibaba Cloud's launch) to the later of `now` and its last event. The slider,
 * the address's bounds and the built view pages all read it here.
 */
export function siteYears(dataset: Pick<Dataset, 'regions' | 'milestones'>, now: Date): YearRange {
  return yearRange(
    dataset.regions,
    now,
    dataset.milestones.map((milestone) => milestone.date),
  );
}
