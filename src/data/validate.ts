import { compareDates, isEventDate } from './dates.ts';
import { CHANGE_KINDS, type DataChange } from './changelog.ts';
import { COLLECTIONS, isVersion } from './dataset.ts';
import {
  EVENT_TYPES,
  LANGUAGE_TAGS,
  REGION_KINDS,
  PEER_PROVIDERS,
  type Language,
  type Provider,
  type Region,
} from './types.ts';

/** One problem with one record: which region, which field, and why. */
export interface ValidationIssue {
  /** The region's `id`, or `#index` when the id itself is unusable. */
  region: string;
  /** Path inside the region, e.g. `events[2].sources[0].quote`. */
  field: string;
  reason: string;
}

export interface ValidationContext {
  /** Seed file name to its text. */
  seeds: Readonly<Record<string, string>>;
  isCountryCode(code: string): boolean;
  /** Kilometres from the point to the country's shape (0 inside); undefined when no shape exists. */
  distanceToCountryKm(code: string, lat: number, lon: number): number | undefined;
}

/** How far a city's pin may sit outside its country's coastline: small islands, coarse shapes. */
const MAX_KM_OUTSIDE_COUNTRY = 25;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Each provider's region IDs as it writes them. */
const REGION_ID: Record<Provider, { pattern: RegExp; example: string }> = {
  alibaba: { pattern: /^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/, example: 'eu-central-1' },
  aws: { pattern: /^[a-z]{2}-[a-z]+-\d+$/, example: 'eu-west-2' },
  azure: { pattern: /^[a-z0-9]+$/, example: 'westeurope' },
  google: { pattern: /^[a-z]+-[a-z]+\d+$/, example: 'europe-west2' },
};
const REGION_KEYS = new Set([
  'id',
  'provider',
  'regionId',
  'regionIdEvidence',
  'name',
  'officialName',
  'localNames',
  'kind',
  'city',
  'country',
  'lat',
  'lon',
  'precision',
  'zoneCounts',
  'zonesNote',
  'events',
]);
const EVENT_KEYS = new Set(['type', 'date', 'certainty', 'after', 'note', 'sources']);
const ZONE_KEYS = new Set(['date', 'count', 'note', 'sources']);
const SEED_KEYS = new Set(['seed', 'quote']);
const WEB_KEYS = new Set(['url', 'title', 'publisher', 'date', 'primary', 'lang']);
/** A BCP 47 tag as the dataset writes them: `ko`, `zh-CN`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?$/;

type Json = Record<string, unknown>;
type Fail = (field: string, reason: string) => void;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** A note in every language the map speaks and in no other: a missing translation is caught here too. */
function isNote(value: unknown): boolean {
  return (
    isObject(value) &&
    Object.keys(value).length === LANGUAGE_TAGS.length &&
    LANGUAGE_TAGS.every((lang) => isText(value[lang]))
  );
}

const NOTE_REASON = `must give the note in ${LANGUAGE_TAGS.join(' and ')} when present`;

/**
 * Characters no text of the dataset may hold, whatever field it is in: C0 and C1 controls other
 * than tab and line breaks (which are whitespace, as in a quote copied across lines; the others are
 * not allowed in XML, so one would make the SVG download unreadable), the bidi embeddings, overrides and
 * isolates U+202A-U+202E and U+2066-U+2069 (which reorder the text after them in the list, the
 * panel, the CSV and the figures), the noncharacters U+FFFE and U+FFFF, and halves of surrogate
 * pairs (neither of which XML allows; with the `u` flag only a lone half matches).
 */
const UNSAFE_CHARACTER =
  // eslint-disable-next-line no-control-regex -- matching controls is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]/u;

/** The first character of `text` that no dataset text may hold, as `U+202E`; else undefined. */
export function unsafeCharacter(text: string): string | undefined {
  const found = UNSAFE_CHARACTER.exec(text)?.[0];
  return found === undefined
    ? undefined
    : `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Every string anywhere in a record, with its path (`events[2].sources[0].title`). */
function* stringsIn(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* stringsIn(item, `${path}[${i}]`);
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      yield* stringsIn(item, path ? `${path}.${key}` : key);
    }
  }
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A reader follows every source from a page served over HTTPS: a plain `http:` link is refused. */
function isHttpsUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** English country names, as the map's locale reads them to tell a country-named region. */
const COUNTRY_IN_ENGLISH = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * Where a region's name is in each language the map speaks: the map titles the region by it, so a
 * region without one would be titled in another language. A region named after its country (an
 * announced one with no official name yet) is named in every language by the country's own name.
 * A new language fails the type check here until it says where its names are.
 */
const NAME_IN: Record<
  Language,
  { field: (provider: Provider) => string; name: (record: Json, provider: Provider) => unknown }
> = {
  en: { field: () => 'name', name: (record) => record.name },
  'zh-CN': {
    // Alibaba names its regions in Chinese itself; another provider's Chinese name may be the map's
    // own translation, which `localNames` holds apart from the official names.
    field: (provider) => (provider === 'alibaba' ? 'officialName.zh' : 'localNames.zh-CN'),
    name: (record, provider) => {
      const official = record.officialName;
      if (isObject(official) && isObject(official.zh)) return official.zh.text;
      if (provider !== 'alibaba' && isObject(record.localNames)) {
        return record.localNames['zh-CN'];
      }
      const country = typeof record.country === 'string' ? record.country : '';
      return /^[A-Z]{2}$/.test(country) && record.name === COUNTRY_IN_ENGLISH.of(country)
        ? country
        : undefined;
    },
  },
};

/**
 * Checks sources against the seeds: each must be a verbatim seed quote or a described page on
 * https. Shared by the regions' validator and the changelog's.
 */
function sourceChecker(context: ValidationContext) {
  const seedTexts = new Map(
    Object.entries(context.seeds).map(([name, text]) => [name, collapseWhitespace(text)]),
  );
  return function checkSources(sources: unknown, path: string, fail: Fail): void {
    if (!Array.isArray(sources) || sources.length === 0) {
      fail(path, 'every fact needs at least one source');
      return;
    }
    sources.forEach((source: unknown, s) => {
      const where = `${path}[${s}]`;
      if (!isObject(source)) {
        fail(where, 'is not an object');
        return;
      }
      if ('seed' in source) {
        for (const key of Object.keys(source)) {
          if (!SEED_KEYS.has(key)) fail(`${where}.${key}`, 'is not a field of a seed source');
        }
        const text = typeof source.seed === 'string' ? seedTexts.get(source.seed) : undefined;
        if (text === undefined) {
          fail(`${where}.seed`, `${JSON.stringify(source.seed)} is not a file in seeds/`);
        } else if (!isText(source.quote)) {
          fail(`${where}.quote`, 'must quote a sentence of the seed');
        } else if (!text.includes(collapseWhitespace(source.quote))) {
          fail(`${where}.quote`, `is not found verbatim in ${source.seed}`);
        }
        return;
      }
      for (const key of Object.keys(source)) {
        if (!WEB_KEYS.has(key)) fail(`${where}.${key}`, 'is not a field of a web source');
      }
      if (!isHttpsUrl(source.url)) fail(`${where}.url`, 'must be an https:// URL');
      if (!isText(source.title)) fail(`${where}.title`, 'must be a non-empty string');
      if (!isText(source.publisher)) fail(`${where}.publisher`, 'must be a non-empty string');
      if (source.date !== undefined && !isEventDate(source.date)) {
        fail(`${where}.date`, `${JSON.stringify(source.date)} is not YYYY, YYYY-MM or YYYY-MM-DD`);
      }
      if (
        source.lang !== undefined &&
        !(typeof source.lang === 'string' && LANGUAGE_TAG.test(source.lang))
      ) {
        fail(`${where}.lang`, 'is a language tag such as ko or zh-CN, or absent');
      }
      if (source.primary !== undefined && source.primary !== true) {
        fail(`${where}.primary`, 'is true for Alibaba’s own sources, or absent');
      }
    });
  };
}

/**
 * Checks a dataset read from anywhere (it takes `unknown`), so that a broken record fails the build
 * and the tests with every problem named instead of drawing a wrong map.
 */
export function validateRegions(
  input: unknown,
  context: ValidationContext,
  provider: Provider = 'alibaba',
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!Array.isArray(input)) {
    return [{ region: '(dataset)', field: '', reason: 'the dataset is not an array of regions' }];
  }
  /** The first record with each id and region ID, as its 1-based number in the dataset. */
  const seenIds = new Map<string, number>();
  const seenRegionIds = new Map<string, number>();
  const checkSources = sourceChecker(context);

  function checkZoneCounts(counts: unknown, fail: Fail): void {
    if (!Array.isArray(counts)) {
      fail('zoneCounts', 'must be a list of dated counts (empty when none is known)');
      return;
    }
    let previous: string | undefined;
    counts.forEach((count: unknown, c) => {
      const at = `zoneCounts[${c}]`;
      if (!isObject(count)) {
        fail(at, 'is not an object');
        return;
      }
      for (const key of Object.keys(count)) {
        if (!ZONE_KEYS.has(key)) fail(`${at}.${key}`, 'is not a field of a zone count');
      }
      if (!isEventDate(count.date)) {
        fail(`${at}.date`, `${JSON.stringify(count.date)} is not YYYY, YYYY-MM or YYYY-MM-DD`);
      } else {
        if (previous !== undefined && compareDates(previous, count.date) > 0) {
          fail(`${at}.date`, `${count.date} comes before the previous count (${previous})`);
        }
        previous = count.date;
      }
      if (!(typeof count.count === 'number' && Number.isInteger(count.count) && count.count > 0)) {
        fail(`${at}.count`, 'must be a positive whole number');
      }
      if (count.note !== undefined && !isNote(count.note)) {
        fail(`${at}.note`, NOTE_REASON);
      }
      checkSources(count.sources, `${at}.sources`, fail);
    });
  }

  function checkOfficialName(names: unknown, fail: Fail): void {
    if (names === undefined) return;
    if (!isObject(names)) {
      fail('officialName', 'must be an object with en and zh names');
      return;
    }
    for (const [language, name] of Object.entries(names)) {
      const at = `officialName.${language}`;
      if (language !== 'en' && language !== 'zh') {
        fail(at, 'is not a language the dataset names regions in (en, zh)');
      } else if (!isObject(name) || !isText(name.text)) {
        fail(`${at}.text`, 'must be a non-empty string');
      } else {
        checkSources(name.sources, `${at}.sources`, fail);
      }
    }
  }

  input.forEach((record: unknown, index) => {
    const label = isObject(record) && isText(record.id) ? record.id : `#${index}`;
    const fail: Fail = (field, reason) => issues.push({ region: label, field, reason });
    if (!isObject(record)) {
      fail('', 'is not an object');
      return;
    }
    for (const key of Object.keys(record)) {
      if (!REGION_KEYS.has(key)) fail(key, 'is not a field of the schema');
    }
    for (const [field, text] of stringsIn(record, '')) {
      const unsafe = unsafeCharacter(text);
      if (unsafe) fail(field, `contains ${unsafe}, a control or bidi character no text may hold`);
    }

    const number = index + 1;
    /** Names the later of two records that share a value: the one just added, as a rule. */
    const repeated = (what: string, first: number) =>
      `repeats the ${what} of record ${first} of ${input.length}: record ${number}` +
      `${isText(record.name) ? ` (${record.name})` : ''} needs one of its own`;
    const ownProvider = provider === 'alibaba' ? undefined : provider;
    if (record.provider !== ownProvider) {
      fail(
        'provider',
        ownProvider
          ? `must be "${ownProvider}" in its dataset`
          : 'is only for other providers’ regions',
      );
    }
    if (typeof record.id !== 'string' || !SLUG.test(record.id)) {
      fail('id', 'must be a lowercase slug (a-z, 0-9, single hyphens)');
    } else if (ownProvider && !record.id.startsWith(`${ownProvider}-`)) {
      fail('id', `must start with "${ownProvider}-", so no two providers' regions share one`);
    } else if (
      !ownProvider &&
      PEER_PROVIDERS.some((peer) => record.id!.toString().startsWith(`${peer}-`))
    ) {
      fail('id', `starts with another provider's name, which its dataset's ids start with`);
    } else if (seenIds.has(record.id)) {
      fail('id', repeated('id', seenIds.get(record.id)!));
    } else {
      seenIds.set(record.id, number);
    }
    if (record.regionId !== undefined) {
      const { pattern, example } = REGION_ID[provider];
      if (typeof record.regionId !== 'string' || !pattern.test(record.regionId)) {
        fail('regionId', `must look like one of the provider's region IDs, e.g. ${example}`);
      } else if (seenRegionIds.has(record.regionId)) {
        fail('regionId', repeated('region ID', seenRegionIds.get(record.regionId)!));
      } else {
        seenRegionIds.set(record.regionId, number);
      }
    }
    for (const [lang, { field, name }] of Object.entries(NAME_IN)) {
      if (!isText(name(record, provider))) {
        const whose =
          provider === 'alibaba'
            ? "Alibaba's own name, with its source"
            : 'its own or a translation';
        fail(
          field(provider),
          `must name the region in ${lang}, where the map titles it by that name (${whose})`,
        );
      }
    }
    if (!isText(record.city)) fail('city', 'must be a non-empty string');

    const country = record.country;
    const countryKnown = typeof country === 'string' && context.isCountryCode(country);
    if (!countryKnown)
      fail('country', `${JSON.stringify(country)} is not an ISO 3166-1 alpha-2 code`);

    const lat = record.lat;
    const lon = record.lon;
    const latOk = typeof lat === 'number' && Number.isFinite(lat) && lat >= -90 && lat <= 90;
    const lonOk = typeof lon === 'number' && Number.isFinite(lon) && lon >= -180 && lon <= 180;
    if (!latOk) fail('lat', 'must be a number from -90 to 90');
    if (!lonOk) fail('lon', 'must be a number from -180 to 180');
    if (countryKnown && latOk && lonOk) {
      const km = context.distanceToCountryKm(country, lat, lon);
      if (km === undefined) {
        fail('country', `world-atlas has no shape for ${country} to check the pin against`);
      } else if (km > MAX_KM_OUTSIDE_COUNTRY) {
        fail('lat/lon', `lies ${Math.round(km)} km outside ${country}`);
      }
    }

    if (record.precision !== 'city' && record.precision !== 'approximate') {
      fail('precision', 'must be "city" or "approximate"');
    }
    if (!REGION_KINDS.includes(record.kind as never)) {
      fail('kind', `${JSON.stringify(record.kind)} is not one of ${REGION_KINDS.join(', ')}`);
    }
    checkOfficialName(record.officialName, fail);
    if (record.localNames !== undefined) {
      if (provider === 'alibaba') {
        fail('localNames', "is only for other providers' regions: Alibaba's names are official");
      } else if (!isObject(record.localNames)) {
        fail('localNames', 'must be an object of names by language');
      } else {
        for (const [lang, name] of Object.entries(record.localNames)) {
          if (!LANGUAGE_TAGS.includes(lang as Language) || lang === 'en') {
            fail(`localNames.${lang}`, 'is not a language the map speaks besides English');
          } else if (!isText(name)) {
            fail(`localNames.${lang}`, 'must be a non-empty string');
          }
        }
      }
    }
    if (record.regionIdEvidence !== undefined) {
      const evidence = record.regionIdEvidence;
      if (record.regionId === undefined) fail('regionIdEvidence', 'needs a regionId to back');
      if (!isObject(evidence) || !isNote(evidence.note)) {
        fail(
          'regionIdEvidence.note',
          `must say how the ID is known, in ${LANGUAGE_TAGS.join(' and ')}`,
        );
      } else {
        checkSources(evidence.sources, 'regionIdEvidence.sources', fail);
      }
    }
    if (record.zonesNote !== undefined && !isNote(record.zonesNote)) {
      fail('zonesNote', NOTE_REASON);
    }
    checkZoneCounts(record.zoneCounts, fail);

    if (!Array.isArray(record.events) || record.events.length === 0) {
      fail('events', 'must list at least one dated event');
      return;
    }
    let previousDate: string | undefined;
    const types: unknown[] = [];
    record.events.forEach((event: unknown, e) => {
      const at = `events[${e}]`;
      if (!isObject(event)) {
        fail(at, 'is not an object');
        return;
      }
      for (const key of Object.keys(event)) {
        if (!EVENT_KEYS.has(key)) fail(`${at}.${key}`, 'is not a field of the schema');
      }
      types.push(event.type);
      if (!EVENT_TYPES.includes(event.type as never)) {
        fail(`${at}.type`, `${JSON.stringify(event.type)} is not one of ${EVENT_TYPES.join(', ')}`);
      }
      if (!isEventDate(event.date)) {
        fail(`${at}.date`, `${JSON.stringify(event.date)} is not YYYY, YYYY-MM or YYYY-MM-DD`);
      } else {
        if (previousDate !== undefined && compareDates(previousDate, event.date) > 0) {
          fail(`${at}.date`, `${event.date} comes before the previous event (${previousDate})`);
        }
        previousDate = event.date;
      }
      if (event.certainty !== undefined && event.certainty !== 'on' && event.certainty !== 'by') {
        fail(`${at}.certainty`, 'must be "on" or "by"');
      }
      if (event.after !== undefined) {
        if (event.certainty !== 'by') {
          fail(`${at}.after`, 'only an event known "by" its date can have an earlier bound');
        } else if (!isEventDate(event.after)) {
          fail(`${at}.after`, `${JSON.stringify(event.after)} is not YYYY, YYYY-MM or YYYY-MM-DD`);
        } else if (isEventDate(event.date) && compareDates(event.after, event.date) >= 0) {
          fail(`${at}.after`, `${event.after} is not before the event's date (${event.date})`);
        }
      }
      if (event.note !== undefined && !isNote(event.note)) {
        fail(`${at}.note`, NOTE_REASON);
      }
      checkSources(event.sources, `${at}.sources`, fail);
    });
    const closingAt = types.indexOf('closing');
    if (closingAt >= 0 && !types.slice(0, closingAt).includes('opened')) {
      fail('events', 'a closing region must have opened first');
    }
    if (
      types.includes('opened') &&
      (!Array.isArray(record.zoneCounts) || record.zoneCounts.length === 0) &&
      record.zonesNote === undefined
    ) {
      fail(
        'zoneCounts',
        'an operating region needs a sourced zone count, or a zonesNote saying why not',
      );
    }
  });
  return issues;
}

const CHANGE_KEYS = new Set(['id', 'date', 'kind', 'summary', 'why', 'sources', 'view', 'changes']);
const FIELD_CHANGE_KEYS = new Set(['collection', 'record', 'field', 'before', 'after']);
/** A field as the changelog names it: `officialName`, `events[2]`, or '' for the whole record. */
const FIELD_PATH = /^(?:[a-zA-Z]+(?:\[\d+\])?)?$/;

/**
 * Checks the changelog as the regions are checked: each entry with a unique id, a real day, in
 * order, its words in every language, a change of facts with its sources, and each field change
 * naming a collection, a record and a field.
 */
export function validateChanges(input: unknown, context: ValidationContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!Array.isArray(input)) {
    return [{ region: '(changelog)', field: '', reason: 'the changelog is not a list of entries' }];
  }
  const checkSources = sourceChecker(context);
  const seen = new Set<string>();
  let previous: string | undefined;
  input.forEach((entry: unknown, index) => {
    const label = `change ${isObject(entry) && isText(entry.id) ? entry.id : `#${index}`}`;
    const fail: Fail = (field, reason) => issues.push({ region: label, field, reason });
    if (!isObject(entry)) {
      fail('', 'is not an object');
      return;
    }
    for (const key of Object.keys(entry)) {
      if (!CHANGE_KEYS.has(key)) fail(key, 'is not a field of a changelog entry');
    }
    for (const [field, text] of stringsIn(entry, '')) {
      const unsafe = unsafeCharacter(text);
      if (unsafe) fail(field, `contains ${unsafe}, a control or bidi character no text may hold`);
    }
    if (typeof entry.id !== 'string' || !SLUG.test(entry.id)) {
      fail('id', 'must be a lowercase slug (a-z, 0-9, single hyphens)');
    } else if (seen.has(entry.id)) {
      fail('id', 'is the id of an earlier entry: an entry is named by its id for all time');
    } else {
      seen.add(entry.id);
    }
    if (!isVersion(entry.date)) {
      fail('date', `${JSON.stringify(entry.date)} is not a day, YYYY-MM-DD`);
    } else {
      if (previous !== undefined && entry.date < previous) {
        fail('date', `${entry.date} comes before the previous entry (${previous})`);
      }
      previous = entry.date;
    }
    if (!CHANGE_KINDS.includes(entry.kind as never)) {
      fail('kind', `${JSON.stringify(entry.kind)} is not one of ${CHANGE_KINDS.join(', ')}`);
    } else if (entry.kind === 'first-version' && index !== 0) {
      fail('kind', 'only the first entry starts the log');
    }
    if (!isNote(entry.summary))
      fail('summary', `must say what changed, in ${LANGUAGE_TAGS.join(' and ')}`);
    if (!isNote(entry.why)) fail('why', `must say why, in ${LANGUAGE_TAGS.join(' and ')}`);
    if (entry.kind === 'facts') checkSources(entry.sources, 'sources', fail);
    else if (!Array.isArray(entry.sources))
      fail('sources', 'must be a list (empty where none applies)');
    else if (entry.sources.length > 0) checkSources(entry.sources, 'sources', fail);
    const view = entry.view;
    if (
      !isObject(view) ||
      !Number.isInteger(view.year) ||
      (view.region !== undefined && !(typeof view.region === 'string' && SLUG.test(view.region)))
    ) {
      fail('view', 'must name the year (and the region, if one) whose view shows the change');
    }
    if (!Array.isArray(entry.changes)) {
      fail('changes', 'must list the fields it changed');
      return;
    }
    if (entry.kind !== 'first-version' && entry.changes.length === 0) {
      fail('changes', 'must list at least one field it changed');
    }
    entry.changes.forEach((change: unknown, c) => {
      const at = `changes[${c}]`;
      if (!isObject(change)) {
        fail(at, 'is not an object');
        return;
      }
      for (const key of Object.keys(change)) {
        if (!FIELD_CHANGE_KEYS.has(key)) fail(`${at}.${key}`, 'is not a field of a change');
      }
      if (!COLLECTIONS.includes(change.collection as never)) {
        fail(`${at}.collection`, `is not one of ${COLLECTIONS.join(', ')}`);
      }
      if (!isText(change.record)) fail(`${at}.record`, 'must name the record it changed');
      if (typeof change.field !== 'string' || !FIELD_PATH.test(change.field)) {
        fail(`${at}.field`, 'must name a field (`zones`, `events[2]`), or be empty for the record');
      }
      if (!('before' in change) || !('after' in change)) {
        fail(at, 'must give the value before and after (null where absent)');
      }
    });
  });
  return issues;
}

/** Throws with every problem listed; returns the changelog typed once it is known to be sound. */
export function assertValidChanges(
  input: unknown,
  context: ValidationContext,
): readonly DataChange[] {
  const issues = validateChanges(input, context);
  if (issues.length > 0) {
    throw new DatasetError(
      `The changelog has ${issues.length} problem(s):\n${formatIssues(issues)}`,
    );
  }
  return input as readonly DataChange[];
}

export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues
    .map((issue) => `${issue.region}${issue.field ? `.${issue.field}` : ''}: ${issue.reason}`)
    .join('\n');
}

/**
 * A dataset that failed validation. Printed (by Node's `util.inspect`, as Vite prints a build's
 * error) as its message alone: the maintainer reads the bad records, not a stack of the build's
 * own functions.
 */
export class DatasetError extends Error {
  override name = 'DatasetError';

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.message;
  }
}

/** Throws with every problem listed; returns the dataset typed once it is known to be sound. */
export function assertValidRegions(
  input: unknown,
  context: ValidationContext,
  provider: Provider = 'alibaba',
): readonly Region[] {
  const issues = validateRegions(input, context, provider);
  if (issues.length > 0) {
    const which = provider === 'alibaba' ? 'The region dataset' : `The ${provider} dataset`;
    throw new DatasetError(`${which} has ${issues.length} problem(s):\n${formatIssues(issues)}`);
  }
  return input as readonly Region[];
}
