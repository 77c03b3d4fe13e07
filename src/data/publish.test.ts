import { describe, expect, it } from 'vitest';
import { event, region } from './fixtures.test-helpers';
import { CSV_COLUMNS, toCsv, toPublishedJson } from './publish';

const tricky = region({
  id: 'tricky',
  regionId: 'eu-central-1',
  name: 'Germany, "Frankfurt"',
  zones: 3,
  events: [
    { ...event('opened', '2016-11'), note: 'first, in Europe' },
    {
      type: 'expanded',
      date: '2019',
      sources: [{ seed: 'a.txt', quote: 'It said "more"\nzones.' }],
    },
  ],
});

describe('published data', () => {
  it('writes every field of the contract, null when unknown', () => {
    const json = toPublishedJson([region({ id: 'bare' })]);
    const first = json.regions[0]!;
    expect(Object.keys(first)).toEqual([
      'id',
      'regionId',
      'name',
      'city',
      'country',
      'lat',
      'lon',
      'precision',
      'zones',
      'events',
    ]);
    expect(first.regionId).toBeNull();
    expect(first.zones).toBeNull();
    expect(Object.keys(first.events[0]!)).toEqual(['type', 'date', 'note', 'sources']);
    expect(first.events[0]!.note).toBeNull();
  });

  it('writes one CSV row per event with quoting', () => {
    const lines = toCsv([tricky]).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toBe(
      'tricky,eu-central-1,"Germany, ""Frankfurt""",Frankfurt,DE,50.11,8.68,city,3,opened,2016-11,' +
        '"first, in Europe","A report (Example News, 2020-01-01) https://example.org/news"',
    );
    // The quote's newline stays inside one quoted cell, so a CSV reader sees two data rows.
    expect(toCsv([tricky]).match(/^tricky,/gm)).toHaveLength(2);
    expect(lines.at(-1)).toBe('');
  });
});
