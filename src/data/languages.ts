/**
 * The languages the map speaks: one file each in `messages/`, found by name, so adding a language is
 * adding its file. Each is its own chunk, loaded when a reader needs it: a reader's language costs no
 * bytes of another. Choosing among them (the URL, an attribute, the browser's preferences) is pure.
 */
import { parseLanguage as parseIn, preferredIn, primarySubtag } from './input.ts';
import {
  createLocale,
  DATA_LANGUAGE,
  type Locale,
  type Messages,
  type NoteTable,
} from './locale.ts';

/** A language's file: its messages, and (as the build ships it) its notes of the dataset. */
interface LanguageFile {
  default: Messages;
  notes?: NoteTable;
}

const FILES = import.meta.glob<LanguageFile>('./messages/*.ts');
const FILE_NAME = /^\.\/messages\/(.+)\.ts$/;

const LOADERS = new Map(
  Object.entries(FILES).map(([path, load]) => [FILE_NAME.exec(path)![1]!, load] as const),
);

/** Every language there is a file for, English first. */
export const LANGUAGES: readonly string[] = [
  DATA_LANGUAGE,
  ...[...LOADERS.keys()].filter((lang) => lang !== DATA_LANGUAGE).sort(),
];

export const DEFAULT_LANGUAGE = DATA_LANGUAGE;

/** A language of ours, as its file names it, or undefined. */
export function parseLanguage(value: string | null | undefined): string | undefined {
  return parseIn(value, LANGUAGES);
}

/**
 * The first of the reader's languages (`navigator.languages`, most wanted first) that the map
 * speaks: exactly, or by its language alone, so `zh`, `zh-Hans` and `zh-SG` read `zh-CN`.
 */
export function preferredLanguage(preferences: readonly string[]): string {
  return preferredIn(preferences, LANGUAGES, DEFAULT_LANGUAGE);
}

/**
 * The language's name in itself, for the switch, without loading its file: "English", "中文"; with
 * the country only where two of ours share a language ("English (United Kingdom)").
 */
export function languageName(lang: string): string {
  const base = primarySubtag(lang);
  const shared = LANGUAGES.filter((other) => primarySubtag(other) === base).length > 1;
  try {
    const names = new Intl.DisplayNames([lang], { type: 'language' });
    return names.of(shared ? lang : base) ?? lang;
  } catch {
    return lang;
  }
}

const loaded = new Map<string, Promise<Locale>>();

/** The language's messages and formats; fetched once per page. */
export function loadLocale(lang: string): Promise<Locale> {
  const known = parseLanguage(lang) ?? DEFAULT_LANGUAGE;
  let locale = loaded.get(known);
  if (!locale) {
    locale = LOADERS.get(known)!().then(
      (file) => createLocale(known, file.default, file.notes),
      (error: unknown) => {
        // A failed fetch (a dropped connection) is tried again when next asked for.
        loaded.delete(known);
        throw error;
      },
    );
    loaded.set(known, locale);
  }
  return locale;
}
