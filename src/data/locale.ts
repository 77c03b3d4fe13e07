/**
 * A reader's language: its messages (one file per language in `messages/`) and the platform's
 * formats for it. Dates, numbers, plurals, lists and country names come from `Intl`, never from
 * tables of our own. Pure: the page, the build and the tests make one the same way.
 */
import type { Messages } from './messages/en.ts';
import type { EventDate, Note, Region } from './types.ts';

export type { Messages };

/** The language the dataset's names, quotes and source titles are written in; notes speak every one. */
export const DATA_LANGUAGE = 'en';

/** One language's notes of the dataset by their key, as the build ships them (`notes.ts`). */
export type NoteTable = Readonly<Record<string, string>>;

/**
 * A note's key in a language's table: a 32-bit FNV-1a hash of its English text, a few characters
 * where the text would repeat the English note in every other language's chunk. The build fails
 * on two notes with one key (`splitNotes`).
 */
export function noteKey(english: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < english.length; i++) {
    hash ^= english.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export interface Locale {
  /** The BCP 47 tag the page declares in `lang`: `en`, `zh-CN`. */
  readonly lang: string;
  readonly m: Messages;
  /**
   * The `lang` attribute for the dataset's English words (quotes, source titles, English names)
   * inside this language's interface: undefined when the two are the same. Notes need none: they
   * are written in every language (see `note`).
   */
  readonly dataLang: string | undefined;
  /** "2016", "November 2016" or "10 November 2016": never more precise than the source. */
  date(date: EventDate): string;
  /** "17 June" or "June": the date within its year, for lists under the year's heading. */
  inYear(date: EventDate): string;
  number(value: number): string;
  /** "Paris, Mexico and Seoul". */
  list(items: readonly string[]): string;
  /** The country or territory's name in this language, from its ISO 3166 code. */
  country(code: string): string;
  /** The name a reader sees first: "Paris, France"; in Chinese, Alibaba's own "法国（巴黎）". */
  regionName(region: Region): string;
  /** The short name in running text: "Paris"; in Chinese the same official name. */
  shortName(region: Region): string;
  /** A company milestone's title in this language; the dataset's own where none is given. */
  milestone(milestone: { id: string; title: string }): string;
  /** A note of the dataset's in this language. */
  note(note: Note): string;
  /** Compares names as this language sorts them. */
  compare(a: string, b: string): number;
}

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A language's words and formats. `notes`: the language's notes of the dataset, where what ships
 * carries notes in English only (`notes.ts`); the dataset's own modules carry every language.
 */
export function createLocale(lang: string, m: Messages, notes: NoteTable = {}): Locale {
  const tag = m.formatLocale;
  // UTC throughout: a date such as 2016-11 names a calendar month, not a moment in a time zone.
  const full = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', dateStyle: 'long' });
  const monthYear = new Intl.DateTimeFormat(tag, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
  });
  const dayMonth = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', month: 'long', day: 'numeric' });
  const month = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', month: m.monthAlone });
  const numbers = new Intl.NumberFormat(tag);
  const lists = new Intl.ListFormat(tag, { type: 'conjunction' });
  const countries = new Intl.DisplayNames([tag], { type: 'region' });
  const collator = new Intl.Collator(tag);
  const dataCountries = new Intl.DisplayNames([DATA_LANGUAGE], { type: 'region' });

  // Names asked for once per region per year: thousands of regions share a few dozen countries.
  const names = new Map<string, string>();
  const country = (code: string) => {
    let name = names.get(code);
    if (name === undefined) names.set(code, (name = countries.of(code) ?? code));
    return name;
  };
  const dataNames = new Map<string, string | undefined>();
  const inData = (code: string) => {
    if (!dataNames.has(code)) dataNames.set(code, dataCountries.of(code));
    return dataNames.get(code);
  };
  /** Alibaba's own name for the region in the language the messages call for, if any. */
  const officialName = (region: Region) =>
    (m.officialNames ? region.officialName?.[m.officialNames]?.text : undefined) ??
    // Another provider's region, named in this language by the map where the provider does not.
    (region.localNames as Readonly<Partial<Record<string, string>>> | undefined)?.[lang];
  /** Named after a place in its country ("Paris"), not after the country, nor by Alibaba's name. */
  const isPlace = (region: Region) =>
    !officialName(region) && region.name !== inData(region.country);
  const shortName = (region: Region) =>
    officialName(region) ?? (isPlace(region) ? region.name : country(region.country));
  const asUtc = (year: number, monthNumber = 1, day = 1) =>
    new Date(Date.UTC(year, monthNumber - 1, day));

  return {
    lang,
    m,
    dataLang: lang === DATA_LANGUAGE ? undefined : DATA_LANGUAGE,
    date(date) {
      const match = DATE_SHAPE.exec(date);
      if (!match) return date;
      const [, year, monthNumber, day] = match;
      if (monthNumber === undefined) return m.year(Number(year));
      const at = asUtc(Number(year), Number(monthNumber), day === undefined ? 1 : Number(day));
      return day === undefined ? monthYear.format(at) : full.format(at);
    },
    inYear(date) {
      const match = DATE_SHAPE.exec(date);
      if (!match || match[2] === undefined) return '';
      const at = asUtc(Number(match[1]), Number(match[2]), Number(match[3] ?? 1));
      return match[3] === undefined ? month.format(at) : dayMonth.format(at);
    },
    number: (value) => numbers.format(value),
    list: (items) => lists.format(items),
    country,
    regionName(region) {
      return isPlace(region)
        ? m.placeName(region.name, country(region.country))
        : shortName(region);
    },
    shortName,
    milestone: (milestone) => m.milestoneTitles[milestone.id] ?? milestone.title,
    note(note) {
      const own = (note as Readonly<Partial<Record<string, string>>>)[lang];
      if (own !== undefined) return own;
      const english = note[DATA_LANGUAGE];
      const key = noteKey(english);
      return Object.hasOwn(notes, key) ? notes[key]! : english;
    },
    compare: (a, b) => collator.compare(a, b),
  };
}
