/**
 * The changelog's schema (its entries are `CHANGES` in `changes.ts`): every change of a fact in the
 * dataset, oldest first, with when it was made, which records and fields it changed (their values
 * before and after), why, and on what sources. The dataset's version is the day of the newest
 * entry. A test holds the dataset to the newest published version plus the entries after it, so no
 * change goes unrecorded; the build publishes the entries as a feed.
 */
import type { Collection } from './dataset.ts';
import type { Note, Source } from './types.ts';

/**
 * One field of one record, before and after (`null`: absent). `field: ''` is the whole record; an
 * item of a list of records within it is `events[2]`, `zoneCounts[3]`. `record: '*'` is a whole
 * collection, a dataset that joins (`before: null`, `after`: its number of records) or leaves.
 */
export interface FieldChange {
  collection: Collection;
  /** The record's key: a region's or milestone's id, a total's date; `*` for the collection. */
  record: string;
  /** A field of the record (`officialName`, `zoneCounts[3]`), or '' for the whole record. */
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * What a change is. `facts`: a fact added, corrected or brought up to date (it cites its sources).
 * `citations`: only how facts are cited changed. `first-version`: the dataset as first published
 * with a version, the start of the log.
 */
export type ChangeKind = 'facts' | 'citations' | 'first-version';

export const CHANGE_KINDS: readonly ChangeKind[] = ['facts', 'citations', 'first-version'];

export interface DataChange {
  /** A slug, unique for all time: the feeds' entries are named by it. */
  id: string;
  /** The day the change was made to the dataset, `YYYY-MM-DD`. */
  date: string;
  kind: ChangeKind;
  /** One line: what changed, for a feed reader's list. */
  summary: Note;
  /** Why: what the sources say, and what was there before. */
  why: Note;
  /** What the change rests on; at least one for a change of facts. */
  sources: Source[];
  /** The view that shows the change best: its year, and its region where the change is one region's. */
  view: { year: number; region?: string };
  changes: FieldChange[];
}

/** The dataset's version: the day of the changelog's newest entry. */
export function versionOf(changes: readonly DataChange[]): string {
  const newest = changes.at(-1);
  if (!newest) throw new Error('the changelog has no entry: the dataset has no version');
  return newest.date;
}
