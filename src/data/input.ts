/**
 * The one place where outside input (the page URL, the custom element's attributes, messages
 * between an embed and its page) becomes state. Anyone can craft that input, so every value is
 * checked against a fixed shape: a bad value is ignored or clamped, never thrown, and nothing from
 * it is echoed back unchecked.
 */
import { siteYears, type Dataset } from './dataset.ts';
import { PEER_PROVIDERS, type PeerProvider } from './types.ts';

export type Theme = 'auto' | 'light' | 'dark';

export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

export interface ViewState {
  year?: number;
  /** An id that exists in the dataset. */
  region?: string;
  theme?: Theme;
  /** The embed view: map, slider and credit without site chrome. */
  embed?: boolean;
  /** A language the map speaks, as its file names it: `zh-CN`. */
  lang?: string;
  /** Other providers' regions shown beside Alibaba's, in `PEER_PROVIDERS` order; none when absent. */
  compare?: readonly PeerProvider[];
}

export interface InputBounds {
  first: number;
  last: number;
  regionIds: readonly string[];
  /** The languages the map speaks (see `languages.ts`); none when the caller reads no language. */
  languages?: readonly string[];
}

/** What input may name: the years the slider spans and the regions that exist. */
export function inputBounds(
  dataset: Pick<Dataset, 'regions' | 'milestones'>,
  now: Date,
): InputBounds {
  return { ...siteYears(dataset, now), regionIds: dataset.regions.map((region) => region.id) };
}

/** Longer than any id or year could be; longer input is not even looked at. */
const MAX_INPUT_LENGTH = 64;

const PLAIN_INTEGER = /^[+-]?\d{1,6}$/;

export function parseYear(
  value: string | null | undefined,
  bounds: InputBounds,
): number | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!PLAIN_INTEGER.test(text)) return undefined;
  return Math.min(bounds.last, Math.max(bounds.first, Number(text)));
}

export function parseRegion(
  value: string | null | undefined,
  bounds: InputBounds,
): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_INPUT_LENGTH) return undefined;
  // An exact match in a list: `__proto__` or `constructor` can never select anything.
  return bounds.regionIds.find((id) => id === value);
}

export function parseTheme(value: string | null | undefined): Theme | undefined {
  if (typeof value !== 'string' || value.length > MAX_INPUT_LENGTH) return undefined;
  return THEMES.find((theme) => theme === value.trim().toLowerCase());
}

/** Longer than any language tag worth reading. */
const MAX_TAG_LENGTH = 35;

/** `zh-cn` or ` zh-CN ` names `zh-CN`; anything that names no language of ours is undefined. */
export function parseLanguage(
  value: string | null | undefined,
  languages: readonly string[],
): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_TAG_LENGTH) return undefined;
  const asked = value.trim().toLowerCase();
  return languages.find((lang) => lang.toLowerCase() === asked);
}

/**
 * The first of a reader's languages (most wanted first) among `languages`: exactly, or by its
 * language alone, so `zh`, `zh-Hans` and `zh-SG` read `zh-CN`; `fallback` when none is ours.
 */
export function preferredIn(
  preferences: readonly string[],
  languages: readonly string[],
  fallback: string,
): string {
  for (const preference of preferences) {
    const exact = parseLanguage(preference, languages);
    if (exact) return exact;
    if (typeof preference !== 'string' || preference.length > MAX_TAG_LENGTH) continue;
    const base = primarySubtag(preference);
    const near = languages.find((lang) => primarySubtag(lang) === base);
    if (near) return near;
  }
  return fallback;
}

/** The language alone: `zh` of `zh-CN` or `zh_SG`. */
export function primarySubtag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

export function parseFlag(value: string | null | undefined): boolean | undefined {
  if (typeof value !== 'string') return undefined;
  if (value === '' || value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return undefined;
}

/**
 * `aws,azure` (any order, any case, repeats and unknown names ignored) as the providers to compare
 * with, in their fixed order; undefined when it names none.
 */
export function parseCompare(value: string | null | undefined): PeerProvider[] | undefined {
  if (typeof value !== 'string' || value.length > MAX_INPUT_LENGTH) return undefined;
  const asked = value.split(',').map((name) => name.trim().toLowerCase());
  const providers = PEER_PROVIDERS.filter((provider) => asked.includes(provider));
  return providers.length > 0 ? providers : undefined;
}

/** A slug as every region id is written: lower-case words joined by hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Another provider's region, `aws-eu-west-2`: its dataset loads only when its layer is on, so the
 * id is held to the shape of that provider's ids, and names nothing until the dataset has it.
 */
export function parsePeerRegion(
  value: string | null | undefined,
  compare: readonly PeerProvider[] | undefined,
): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_INPUT_LENGTH || !SLUG.test(value)) {
    return undefined;
  }
  return compare?.some((provider) => value.startsWith(`${provider}-`)) ? value : undefined;
}

/** Whose region an id names: another provider's by its prefix, else Alibaba's. */
export function peerOf(id: string): PeerProvider | undefined {
  return PEER_PROVIDERS.find((provider) => id.startsWith(`${provider}-`));
}

/** The keys `parseViewState` reads, in the order `readLocation` puts them first. */
export const VIEW_KEYS = ['year', 'region', 'theme', 'embed', 'lang', 'compare'] as const;

/** Longer than any query this page writes; the rest of a longer one is not read. */
const MAX_QUERY_LENGTH = 1024;

/** Reads a query string such as `?year=2016&region=paris`; repeated keys: the first one counts. */
export function parseViewState(search: string, bounds: InputBounds): ViewState {
  const params = new URLSearchParams(
    typeof search === 'string' ? search.slice(0, MAX_QUERY_LENGTH) : '',
  );
  const state: ViewState = {};
  const year = parseYear(params.get('year'), bounds);
  const theme = parseTheme(params.get('theme'));
  const embed = parseFlag(params.get('embed'));
  const lang = parseLanguage(params.get('lang'), bounds.languages ?? []);
  const compare = parseCompare(params.get('compare'));
  const region =
    parseRegion(params.get('region'), bounds) ?? parsePeerRegion(params.get('region'), compare);
  if (year !== undefined) state.year = year;
  if (region !== undefined) state.region = region;
  if (theme !== undefined) state.theme = theme;
  if (embed !== undefined) state.embed = embed;
  if (lang !== undefined) state.lang = lang;
  if (compare !== undefined) state.compare = compare;
  return state;
}

/**
 * The theme when none is asked for: the full page follows the reader's setting; an embed is light,
 * like the article around it, and is dark only when its snippet says so.
 */
export function defaultTheme(embed: boolean | undefined): Theme {
  return embed ? 'light' : 'auto';
}

/** Writes the state as a query string in a fixed key order; default values are left out. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.embed) params.set('embed', '1');
  if (state.year !== undefined) params.set('year', String(state.year));
  if (state.region !== undefined) params.set('region', state.region);
  if (state.theme !== undefined && state.theme !== defaultTheme(state.embed)) {
    params.set('theme', state.theme);
  }
  if (state.lang !== undefined) params.set('lang', state.lang);
  return queryOf(params, state.compare);
}

/**
 * `params` and the layers compared as a query (`?…`, or nothing). The layers are written by hand:
 * their names are fixed words, and `aws,azure` reads better than `aws%2Cazure`.
 */
export function queryOf(params: URLSearchParams, compare?: readonly PeerProvider[]): string {
  const layers = compare?.length ? `compare=${compare.join(',')}` : '';
  const query = [params.toString(), layers].filter(Boolean).join('&');
  return query ? `?${query}` : '';
}
