/**
 * The schema of the region dataset. `regions.json`, `regions.csv` and `regions.geojson` (see README)
 * are generated from values of these types, so renaming a field here is a breaking change for every
 * tool that reads them.
 */

/**
 * The languages the map speaks, as its message files in `messages/` name them (a test holds the two
 * lists together). The dataset's own words are written in each of them.
 */
export const LANGUAGE_TAGS = ['en', 'zh-CN'] as const;

export type Language = (typeof LANGUAGE_TAGS)[number];

/**
 * A note of the dataset's own, in every language the map speaks: the English as written, and a
 * faithful translation of it beside it. A missing language fails the type check, as a missing
 * message does.
 */
export type Note = { readonly [lang in Language]: string };

/**
 * What happened to a region. `listed`: it appears in Alibaba's own code or documentation, but no
 * opening was announced and it may not be open to customers. `closing`: its closure was announced
 * and it still runs.
 */
export type EventType = 'announced' | 'listed' | 'opened' | 'expanded' | 'closing' | 'closed';

export const EVENT_TYPES: readonly EventType[] = [
  'announced',
  'listed',
  'opened',
  'expanded',
  'closing',
  'closed',
];

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: only as precise as the source. A year alone means the source gives
 * no month, not that the event happened on 1 January.
 */
export type EventDate = string;

/**
 * How an event's date holds. `on`: it happened on (or in) the date. `by`: only evidence that it had
 * happened by then is dated (a commit adding the region to Alibaba's SDK, a listing in its
 * documentation), so it may have happened any time before.
 */
export type Certainty = 'on' | 'by';

/** An exact sentence from one of the documents in `seeds/`. */
export interface SeedSource {
  /** File name inside `seeds/`, e.g. `001_5644caed36047b1b.txt`. */
  seed: string;
  /** A sentence found verbatim (whitespace aside) in that file. */
  quote: string;
}

/** A published page, post or commit. */
export interface WebSource {
  url: string;
  title: string;
  publisher: string;
  /** Publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; absent when the page carries none. */
  date?: EventDate;
  /** Published by Alibaba itself: its documentation, its code, its statements. */
  primary?: boolean;
  /** The title's language when it is not English (`ko`, `zh-CN`), so a screen reader switches voice. */
  lang?: string;
}

export type Source = SeedSource | WebSource;

export interface RegionEvent {
  type: EventType;
  date: EventDate;
  /** `on` when absent. */
  certainty?: Certainty;
  /** With `by`: the event had not yet happened on this earlier date, so it falls between the two. */
  after?: EventDate;
  /** A short note: "two availability zones", or where sources disagree, which one was followed. */
  note?: Note;
  /** At least one. */
  sources: Source[];
}

/** A zone count as a source gives it on its date: what was known then, not when zones opened. */
export interface ZoneCount {
  date: EventDate;
  count: number;
  note?: Note;
  sources: Source[];
}

/** A name as Alibaba gives it, and where it does. */
export interface OfficialName {
  text: string;
  sources: Source[];
}

/**
 * `city`: the pin stands on the city. `approximate`: only the country or state is known, so the pin
 * stands on a representative point and the map says so.
 */
export type Precision = 'city' | 'approximate';

/**
 * `public`: a region Alibaba runs. `local`: one of mainland China's local regions (本地地域), a single
 * zone serving its province. `partner`: run by a partner company under Alibaba Cloud's name.
 * `joint-venture`: run by a joint venture with another company.
 */
export type RegionKind = 'public' | 'local' | 'partner' | 'joint-venture';

export const REGION_KINDS: readonly RegionKind[] = ['public', 'local', 'partner', 'joint-venture'];

/**
 * Whose regions. Alibaba Cloud's are the map's subject; the others are datasets of their own
 * (`providers/`), shown beside Alibaba's to compare.
 */
export const PROVIDERS = ['alibaba', 'aws', 'azure', 'google'] as const;

export type Provider = (typeof PROVIDERS)[number];

/** A provider the map compares Alibaba with. */
export type PeerProvider = Exclude<Provider, 'alibaba'>;

export const PEER_PROVIDERS: readonly PeerProvider[] = ['aws', 'azure', 'google'];

export interface Region {
  /**
   * Stable slug used in URLs and embeds, e.g. `paris`; another provider's starts with the
   * provider's name (`aws-eu-west-2`), so no two datasets share one. Never reused.
   */
  id: string;
  /** Whose region: absent for Alibaba Cloud's own, the dataset's subject. */
  provider?: PeerProvider;
  /**
   * The provider's own region ID (`eu-central-1`; Azure's `westeurope`; Google's `us-east1`);
   * absent where none is published yet.
   */
  regionId?: string;
  /** Where the region ID is not paired with the region in Alibaba's own pages: how it is known. */
  regionIdEvidence?: { note: Note; sources: Source[] };
  /** Short display name, e.g. "Frankfurt". */
  name: string;
  /** The provider's own names: English ("Germany (Frankfurt)") and Chinese ("德国（法兰克福）"). */
  officialName?: { en?: OfficialName; zh?: OfficialName };
  /**
   * A short name in another language where the provider gives none of its own: the place's usual
   * name in that language (弗吉尼亚北部), not an official one.
   */
  localNames?: { readonly [lang in Exclude<Language, 'en'>]?: string };
  kind: RegionKind;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lat: number;
  lon: number;
  precision: Precision;
  /** Zone counts, oldest first; empty when no dated source gives one. */
  zoneCounts: ZoneCount[];
  /** Why no zone count is known, where none is. */
  zonesNote?: Note;
  /** Oldest first. */
  events: RegionEvent[];
}

export function isSeedSource(source: Source): source is SeedSource {
  return 'seed' in source;
}
