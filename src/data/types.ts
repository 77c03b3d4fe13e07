/**
 * The schema of the region dataset. `regions.json` and `regions.csv` (see README) are generated from
 * values of these types, so renaming a field here is a breaking change for every tool that reads them.
 */

/** What happened to a region on a date. */
export type EventType = 'announced' | 'opened' | 'expanded' | 'closed';

export const EVENT_TYPES: readonly EventType[] = ['announced', 'opened', 'expanded', 'closed'];

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: only as precise as the source. A year alone means the source gives
 * no month, not that the event happened on 1 January.
 */
export type EventDate = string;

/** An exact sentence from one of the documents in `seeds/`. */
export interface SeedSource {
  /** File name inside `seeds/`, e.g. `001_5644caed36047b1b.txt`. */
  seed: string;
  /** A sentence found verbatim (whitespace aside) in that file. */
  quote: string;
}

/** A published page. */
export interface WebSource {
  url: string;
  title: string;
  publisher: string;
  /** Publication date of the page, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: EventDate;
}

export type Source = SeedSource | WebSource;

export interface RegionEvent {
  type: EventType;
  date: EventDate;
  /** A short note: "two availability zones", or where sources disagree, which one was followed. */
  note?: string;
  /** At least one. */
  sources: Source[];
}

/**
 * `city`: the pin stands on the city. `approximate`: only the country is known, so the pin stands on
 * a representative point and the UI says so.
 */
export type Precision = 'city' | 'approximate';

export interface Region {
  /** Stable slug used in URLs and embeds, e.g. `paris`. Never reused. */
  id: string;
  /** Alibaba Cloud's own region ID (`eu-central-1`); absent where none is published. */
  regionId?: string;
  /** Display name, e.g. "Germany (Frankfurt)". */
  name: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lat: number;
  lon: number;
  precision: Precision;
  /** Availability zones at the latest known date; absent when unknown. */
  zones?: number;
  /** Oldest first. */
  events: RegionEvent[];
}

export function isSeedSource(source: Source): source is SeedSource {
  return 'seed' in source;
}
