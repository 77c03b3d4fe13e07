import { describe, expect, it } from 'vitest';
import type { DataChange, FieldChange } from './changelog.ts';
import type { Dataset } from './dataset.ts';
import { diffDatasets, sameValue, unexplained } from './dataset-diff.ts';
import { event, region, zoneCount } from './fixtures.test-helpers.ts';

const frankfurt = region({ id: 'frankfurt', zoneCounts: zoneCount(2, '2019') });
const before: Dataset = {
  version: '2026-01-01',
  regions: [frankfurt, region({ id: 'sydney', events: [event('opened', '2016')] })],
  milestones: [],
  publishedTotals: [],
};
const after: Dataset = {
  version: '2026-02-01',
  regions: [
    { ...frankfurt, zoneCounts: [...frankfurt.zoneCounts, ...zoneCount(3, '2026-01')] },
    region({ id: 'paris', country: 'FR', lat: 48.86, lon: 2.35 }),
  ],
  milestones: [],
  publishedTotals: [],
};

function entry(changes: FieldChange[]): DataChange {
  return {
    id: 'x',
    date: '2026-02-01',
    kind: 'facts',
    summary: { en: 's', 'zh-CN': 's' },
    why: { en: 'w', 'zh-CN': 'w' },
    sources: [],
    view: { year: 2026 },
    changes,
  };
}

describe('what changed between two versions', () => {
  it('names each record added or removed whole, and an item of a list by its place', () => {
    const diff = diffDatasets(before, after);
    expect(
      diff.map((c) => `${c.record}.${c.field} ${c.before === null} ${c.after === null}`),
    ).toEqual(['frankfurt.zoneCounts[1] true false', 'paris. true false', 'sydney. false true']);
  });

  it('compares values as data, whatever the order of their keys', () => {
    expect(sameValue({ a: 1, b: [{ c: 2, d: 3 }] }, { b: [{ d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
  });

  it('is explained when entries tell each change from its old value to its new one', () => {
    const diff = diffDatasets(before, after);
    expect(unexplained(diff, [entry(diff)])).toEqual([]);
  });

  it('is not when a change goes untold, starts from another value, or never happened', () => {
    const diff = diffDatasets(before, after);
    const [zones, paris, sydney] = diff as [FieldChange, FieldChange, FieldChange];
    expect(unexplained(diff, [entry([zones, paris])])).toEqual([
      'regions sydney changed, and no entry of the changelog says so',
    ]);
    expect(
      unexplained(diff, [entry([zones, paris, { ...sydney, before: { id: 'sydney' } }])]),
    ).toEqual(['regions sydney: the first entry’s "before" is not its value in the last version']);
    const invented = { ...zones, field: 'name', before: 'a', after: 'b' };
    expect(unexplained(diff, [entry([...diff, invented])])).toEqual([
      'regions frankfurt.name: the changelog tells of a change the data does not show',
    ]);
  });

  it('follows two entries on one field as one change, each taking up where the last left off', () => {
    const diff = diffDatasets(before, after);
    const [zones, ...rest] = diff as [FieldChange, ...FieldChange[]];
    const halfway = { ...zones, after: { date: '2025', count: 9, sources: [] } };
    const rest2 = { ...zones, before: halfway.after };
    expect(unexplained(diff, [entry([halfway, ...rest]), entry([rest2])])).toEqual([]);
    expect(unexplained(diff, [entry([halfway, ...rest]), entry([zones])])).toEqual([
      'regions frankfurt.zoneCounts[1]: an entry’s "before" is not the "after" of the entry before it',
    ]);
  });
});
