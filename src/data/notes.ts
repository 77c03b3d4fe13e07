/**
 * The dataset's notes are written in every language the map speaks (`Note`). What ships carries
 * each note in the data's own language only, and each other language's notes in that language's
 * chunk, looked up by a key made from the English text (`noteKey`): a reader downloads the notes of one language. Pure: the
 * build splits (`build/split-notes.ts`); the locale (`locale.ts`) looks a note up.
 */
import { DATA_LANGUAGE, noteKey } from './locale.ts';
import { LANGUAGE_TAGS, type Language } from './types.ts';

const NOTE_KEYS = [...LANGUAGE_TAGS].sort().join();

function isNote(value: unknown): value is Record<Language, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries
      .map(([key]) => key)
      .sort()
      .join() === NOTE_KEYS && entries.every(([, text]) => typeof text === 'string')
  );
}

export interface SplitNotes<Data> {
  /** The data with every note in the data's own language only. */
  data: Data;
  /** Each other language's notes. */
  tables: Record<string, Record<string, string>>;
}

/**
 * Takes the notes of every language but the data's out of a JSON-like value. Two notes with one
 * English text and two translations cannot share a table: that fails, naming the text.
 */
export function splitNotes<Data>(data: Data): SplitNotes<Data> {
  const tables: Record<string, Record<string, string>> = Object.fromEntries(
    LANGUAGE_TAGS.filter((lang) => lang !== DATA_LANGUAGE).map((lang) => [lang, {}]),
  );
  const keyed = new Map<string, string>();
  const walk = (value: unknown): unknown => {
    if (isNote(value)) {
      const english = value[DATA_LANGUAGE];
      const key = noteKey(english);
      if ((keyed.get(key) ?? english) !== english) {
        throw new Error(`The notes “${keyed.get(key)}” and “${english}” share the key ${key}`);
      }
      keyed.set(key, english);
      for (const [lang, table] of Object.entries(tables)) {
        const text = value[lang as Language];
        if (Object.hasOwn(table, key) && table[key] !== text) {
          throw new Error(`The note “${english}” has two ${lang} translations`);
        }
        table[key] = text;
      }
      return { [DATA_LANGUAGE]: english };
    }
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]));
    }
    return value;
  };
  return { data: walk(data) as Data, tables };
}
