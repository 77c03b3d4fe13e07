/**
 * What changed between two versions of the dataset, field by field, and whether the changelog
 * explains every change: pure, so the check runs in the tests and in `npm run data:release`.
 */
import type { DataChange, FieldChange } from './changelog.ts';
import { COLLECTIONS, recordKey, type Collection, type Dataset } from './dataset.ts';

/** The record name of a change to a whole collection: a dataset that joins or leaves. */
export const WHOLE_COLLECTION = '*';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A value as JSON writes it (`undefined` fields dropped), so two spellings of one value compare equal. */
function plain(value: unknown): Json {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Json);
}

/** Equal as data: the same JSON, whatever the order of object keys. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(plain(a)) === canonical(plain(b));
}

function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key]!)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Every field that differs between `before` and `after`: a record added or removed is one change of
 * its whole (`field: ''`); a list of records within a record (its events, its zone counts) differs
 * item by item (`events[2]`); any other field as a whole. Absent is `null`.
 */
export function diffDatasets(before: Dataset, after: Dataset): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const collection of COLLECTIONS) {
    const [was, is] = [before[collection], after[collection]];
    if (was === undefined || is === undefined) {
      // A dataset that joins (or leaves) is one change of the whole collection: its size.
      if (was !== is) {
        changes.push({
          collection,
          record: WHOLE_COLLECTION,
          field: '',
          before: was?.length ?? null,
          after: is?.length ?? null,
        });
      }
      continue;
    }
    const old = keyed(collection, was);
    const now = keyed(collection, is);
    for (const [record, value] of now) {
      const was = old.get(record);
      if (was === undefined) {
        changes.push({ collection, record, field: '', before: null, after: plain(value) });
        continue;
      }
      const fields = new Set([...Object.keys(was), ...Object.keys(value)]);
      for (const field of fields) {
        for (const [path, a, b] of differences(field, was[field], value[field])) {
          changes.push({ collection, record, field: path, before: plain(a), after: plain(b) });
        }
      }
    }
    for (const [record, value] of old) {
      if (!now.has(record)) {
        changes.push({ collection, record, field: '', before: plain(value), after: null });
      }
    }
  }
  return changes;
}

/** A field's differences: item by item for a list of objects, else the whole value. */
function differences(field: string, a: unknown, b: unknown): Array<[string, unknown, unknown]> {
  if (sameValue(a, b)) return [];
  const listOfObjects = (value: unknown) =>
    Array.isArray(value) && value.every((item) => item !== null && typeof item === 'object');
  if (!listOfObjects(a) || !listOfObjects(b)) return [[field, a, b]];
  const [was, now] = [a as unknown[], b as unknown[]];
  const found: Array<[string, unknown, unknown]> = [];
  for (let i = 0; i < Math.max(was.length, now.length); i++) {
    if (!sameValue(was[i], now[i])) found.push([`${field}[${i}]`, was[i], now[i]]);
  }
  return found;
}

function keyed(
  collection: Collection,
  records: readonly object[],
): Map<string, Record<string, unknown>> {
  return new Map(
    records.map((record) => [recordKey(collection, record), record as Record<string, unknown>]),
  );
}

const where = (change: Pick<FieldChange, 'collection' | 'record' | 'field'>) =>
  `${change.collection} ${change.record}${change.field ? `.${change.field}` : ''}`;

/**
 * What the changelog's entries after a version leave unexplained in the dataset that followed it:
 * every change of a field must be told by entries whose first `before` is the field's value in
 * that version and whose last `after` is its value now, each entry taking up where the one before
 * left off; and no entry may tell of a change the data does not show. Empty when all agree.
 */
export function unexplained(
  diff: readonly FieldChange[],
  entries: readonly DataChange[],
): string[] {
  const problems: string[] = [];
  const told = new Map<string, FieldChange[]>();
  for (const entry of entries) {
    for (const change of entry.changes) {
      const key = where(change);
      told.set(key, [...(told.get(key) ?? []), change]);
    }
  }
  for (const change of diff) {
    const key = where(change);
    const steps = told.get(key);
    told.delete(key);
    if (!steps) {
      problems.push(`${key} changed, and no entry of the changelog says so`);
      continue;
    }
    if (!sameValue(steps[0]!.before, change.before)) {
      problems.push(`${key}: the first entry’s "before" is not its value in the last version`);
    }
    if (!sameValue(steps.at(-1)!.after, change.after)) {
      problems.push(`${key}: the last entry’s "after" is not its value now`);
    }
    steps.slice(1).forEach((step, i) => {
      if (!sameValue(steps[i]!.after, step.before)) {
        problems.push(`${key}: an entry’s "before" is not the "after" of the entry before it`);
      }
    });
  }
  for (const key of told.keys()) {
    problems.push(`${key}: the changelog tells of a change the data does not show`);
  }
  return problems;
}
