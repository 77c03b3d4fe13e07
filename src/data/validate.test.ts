import { describe, expect, it } from 'vitest';
import { validationContext } from '../../build/dataset.ts';
import { event, region, zoneCount } from './fixtures.test-helpers.ts';
import {
  assertValidRegions,
  validateChanges,
  validateRegions,
  type ValidationIssue,
} from './validate.ts';

const SEED = '001_5644caed36047b1b.txt';
const QUOTE =
  'Alibaba Cloud’s expansion plans haven’t always worked: It closed datacenters in Australia and India.';

function issuesOf(records: unknown): ValidationIssue[] {
  return validateRegions(records, validationContext());
}

/** A record broken in one way, and the field and reason the validator must name. */
const broken: Array<[string, unknown, string, RegExp]> = [
  ['a bad slug', region({ id: 'Bad Id' }), 'id', /slug/],
  ['a bad region ID', region({ id: 'a', regionId: 'Frankfurt' }), 'regionId', /region ID/],
  ['an empty name', region({ id: 'a', name: ' ' }), 'name', /must name the region in en/],
  [
    'no Chinese name for a region named after its city',
    region({
      id: 'a',
      name: 'Atlanta',
      country: 'US',
      lat: 33.75,
      lon: -84.39,
      officialName: undefined,
    }),
    'officialName.zh',
    /must name the region in zh-CN/,
  ],
  [
    'a source on plain http',
    region({
      id: 'a',
      events: [
        {
          ...event('opened', '2016'),
          sources: [{ url: 'http://example.org/', title: 'A report', publisher: 'Example News' }],
        },
      ],
    }),
    'events[0].sources[0].url',
    /https:\/\//,
  ],
  ['an unknown country', region({ id: 'a', country: 'XX' }), 'country', /ISO 3166/],
  ['a lowercase country', region({ id: 'a', country: 'de' }), 'country', /ISO 3166/],
  ['a latitude out of range', region({ id: 'a', lat: 91 }), 'lat', /-90 to 90/],
  ['a longitude that is not a number', { ...region({ id: 'a' }), lon: '8.6' }, 'lon', /number/],
  ['a NaN latitude', region({ id: 'a', lat: Number.NaN }), 'lat', /number/],
  // Beijing placed at Wuhan would pass; Frankfurt's pin labelled France must not.
  ['a pin outside its country', region({ id: 'a', country: 'FR' }), 'lat/lon', /km outside FR/],
  ['a bad precision', { ...region({ id: 'a' }), precision: 'exact' }, 'precision', /city/],
  [
    'a fractional zone count',
    region({ id: 'a', zoneCounts: zoneCount(2.5) }),
    'zoneCounts[0].count',
    /whole number/,
  ],
  [
    'a zone count of zero',
    region({ id: 'a', zoneCounts: zoneCount(0) }),
    'zoneCounts[0].count',
    /positive/,
  ],
  [
    'zone counts out of order',
    region({ id: 'a', zoneCounts: [...zoneCount(3, '2021'), ...zoneCount(2, '2019')] }),
    'zoneCounts[1].date',
    /before the previous count/,
  ],
  [
    'an unsourced zone count',
    region({ id: 'a', zoneCounts: [{ date: '2021', count: 2, sources: [] }] }),
    'zoneCounts[0].sources',
    /at least one source/,
  ],
  [
    'an operating region with neither a zone count nor a note',
    region({ id: 'a', zoneCounts: [], zonesNote: undefined }),
    'zoneCounts',
    /zonesNote/,
  ],
  ['an unknown kind', { ...region({ id: 'a' }), kind: 'private' }, 'kind', /not one of/],
  [
    'an unknown certainty',
    region({ id: 'a', events: [{ ...event('opened', '2016'), certainty: 'about' as never }] }),
    'events[0].certainty',
    /"on" or "by"/,
  ],
  [
    'an earlier bound on a certain date',
    region({ id: 'a', events: [{ ...event('opened', '2016'), after: '2015' }] }),
    'events[0].after',
    /only an event known "by"/,
  ],
  [
    'an earlier bound after the date',
    region({
      id: 'a',
      events: [{ ...event('opened', '2016-03'), certainty: 'by', after: '2016-05' }],
    }),
    'events[0].after',
    /not before/,
  ],
  [
    'a closing region that never opened',
    region({ id: 'a', events: [event('announced', '2016'), event('closing', '2017')] }),
    'events',
    /must have opened/,
  ],
  [
    'an official name in another language',
    region({ id: 'a', officialName: { fr: { text: 'Chine', sources: [] } } as never }),
    'officialName.fr',
    /not a language/,
  ],
  [
    'a region ID backed by no source',
    region({
      id: 'a',
      regionId: 'eu-west-9',
      regionIdEvidence: { note: { en: 'inferred', 'zh-CN': '推断' }, sources: [] },
    }),
    'regionIdEvidence.sources',
    /at least one source/,
  ],
  ['no events', region({ id: 'a', events: [] }), 'events', /at least one/],
  [
    'an unknown event type',
    region({ id: 'a', events: [{ ...event('opened', '2016'), type: 'launched' as never }] }),
    'events[0].type',
    /not one of/,
  ],
  [
    'a malformed date',
    region({ id: 'a', events: [event('opened', '2016-13')] }),
    'events[0].date',
    /YYYY/,
  ],
  [
    'events out of order',
    region({ id: 'a', events: [event('opened', '2018'), event('announced', '2017-05')] }),
    'events[1].date',
    /before the previous/,
  ],
  [
    'an unsourced event',
    region({ id: 'a', events: [{ type: 'opened', date: '2016', sources: [] }] }),
    'events[0].sources',
    /at least one source/,
  ],
  [
    'a seed quote that is not in the seed',
    region({
      id: 'a',
      events: [
        { type: 'opened', date: '2016', sources: [{ seed: SEED, quote: 'It opened in Mars.' }] },
      ],
    }),
    'events[0].sources[0].quote',
    /not found verbatim/,
  ],
  [
    'a missing seed file',
    region({
      id: 'a',
      events: [{ type: 'opened', date: '2016', sources: [{ seed: 'nope.txt', quote: QUOTE }] }],
    }),
    'events[0].sources[0].seed',
    /not a file in seeds/,
  ],
  [
    'a javascript: source URL',
    region({
      id: 'a',
      events: [
        {
          type: 'opened',
          date: '2016',
          sources: [{ url: 'javascript:alert(1)', title: 't', publisher: 'p', date: '2016' }],
        },
      ],
    }),
    'events[0].sources[0].url',
    /http/,
  ],
  [
    'a source without a publisher',
    region({
      id: 'a',
      events: [
        {
          type: 'opened',
          date: '2016',
          sources: [{ url: 'https://example.org', title: 't', publisher: '', date: '2016' }],
        },
      ],
    }),
    'events[0].sources[0].publisher',
    /non-empty/,
  ],
  ['a misspelt field', { ...region({ id: 'a' }), zone: 3 }, 'zone', /not a field/],
];

describe('validateRegions', () => {
  it('accepts a sound record with a seed quote (whitespace aside)', () => {
    const quoted = region({
      id: 'sydney',
      country: 'AU',
      lat: -33.87,
      lon: 151.21,
      events: [
        event('opened', '2016-12'),
        {
          type: 'closed',
          date: '2024',
          sources: [{ seed: SEED, quote: QUOTE.replace(/ /g, '\n  ') }],
        },
      ],
    });
    expect(issuesOf([quoted])).toEqual([]);
  });

  it.each([
    ['a C0 control', 'Paris\u0001'],
    ['a vertical tab', 'Par\u000bis'],
    ['a C1 control', 'Paris\u0085'],
    ['a right-to-left override', '\u202eParis'],
    ['a bidi isolate', 'Paris\u2066'],
    ['a noncharacter', 'Paris\ufffe'],
    ['half a surrogate pair', 'Paris\ud83d'],
  ])('rejects text with %s in any field', (_, text) => {
    const named = region({ id: 'paris', country: 'FR', lat: 48.86, lon: 2.35, name: text });
    expect(issuesOf([named])).toEqual([
      expect.objectContaining({ field: 'name', reason: expect.stringMatching(/^contains U\+/) }),
    ]);
    const noted = region({
      id: 'paris',
      country: 'FR',
      lat: 48.86,
      lon: 2.35,
      events: [{ ...event('opened', '2016'), note: { en: `Opened ${text}`, 'zh-CN': '开放' } }],
    });
    expect(issuesOf([noted]).map((issue) => issue.field)).toEqual(['events[0].note.en']);
  });

  it('accepts any other text: scripts, emoji, marks, tabs and line breaks', () => {
    const name = 'Paris\t«Île-de-France»\n巴黎 🇫🇷 \u200f\u05e4\u05e8\u05d9\u05d6\u200e e\u0301';
    const named = region({ id: 'paris', country: 'FR', lat: 48.86, lon: 2.35, name });
    expect(issuesOf([named])).toEqual([]);
  });

  it('accepts a pin just off the coast (within 25 km) and small places like Singapore', () => {
    expect(issuesOf([region({ id: 'sg', country: 'SG', lat: 1.29, lon: 103.85 })])).toEqual([]);
    expect(issuesOf([region({ id: 'hk', country: 'HK', lat: 22.32, lon: 114.17 })])).toEqual([]);
  });

  it.each(broken)('rejects %s, naming the region, field and reason', (_, record, field, reason) => {
    const issues = issuesOf([record]);
    expect(issues).toContainEqual({
      region: expect.any(String),
      field,
      reason: expect.stringMatching(reason),
    });
  });

  it('names the region by its id, or by its index when the id is unusable', () => {
    expect(issuesOf([region({ id: 'paris', lat: 200 })])[0]?.region).toBe('paris');
    expect(issuesOf([{ ...region({ id: 'x' }), id: 42 }])[0]?.region).toBe('#0');
  });

  it('rejects duplicate ids and region IDs, naming the record that repeats them', () => {
    const issues = issuesOf([
      region({ id: 'a', regionId: 'eu-central-1' }),
      region({ id: 'b' }),
      region({ id: 'a', name: 'Frankfurt 2', regionId: 'eu-central-1' }),
    ]);
    expect(issues.map((issue) => issue.field)).toEqual(['id', 'regionId']);
    expect(issues[0]?.reason).toBe(
      'repeats the id of record 1 of 3: record 3 (Frankfurt 2) needs one of its own',
    );
  });

  it('names a region after its country in every language without an official name', () => {
    const netherlands = region({
      id: 'netherlands',
      name: 'Netherlands',
      country: 'NL',
      lat: 52.37,
      lon: 4.9,
      officialName: undefined,
    });
    expect(issuesOf([netherlands])).toEqual([]);
  });

  it('rejects a dataset that is not a list', () => {
    expect(issuesOf({ regions: [] })[0]?.reason).toMatch(/not an array/);
  });

  it('reports every broken record at once', () => {
    const all = broken.map(([, record]) => record);
    const message = (() => {
      try {
        assertValidRegions(all, validationContext());
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    for (const [, , field] of broken) expect(message).toContain(field);
  });
});

describe('validateChanges', () => {
  const entry = (overrides: Record<string, unknown> = {}) => ({
    id: 'tokyo-zones',
    date: '2026-12-06',
    kind: 'facts',
    summary: { en: 'Tokyo: five zones', 'zh-CN': '东京：五个可用区' },
    why: { en: 'the pages list five', 'zh-CN': '页面列出五个' },
    sources: [{ seed: SEED, quote: QUOTE }],
    view: { year: 2026, region: 'tokyo' },
    changes: [
      { collection: 'regions', record: 'tokyo', field: 'zoneCounts[3]', before: null, after: {} },
    ],
    ...overrides,
  });
  const changeIssues = (entries: unknown) =>
    validateChanges(entries, validationContext()).map((issue) => `${issue.region}.${issue.field}`);

  it('accepts a sound entry', () => {
    expect(changeIssues([entry()])).toEqual([]);
  });

  it.each([
    ['a repeated id', [entry(), entry({ date: '2026-12-07' })], 'change tokyo-zones.id'],
    ['a day out of order', [entry(), entry({ id: 'b', date: '2026-12-01' })], 'change b.date'],
    ['a day that is not one', [entry({ date: '2026-13-01' })], 'change tokyo-zones.date'],
    ['a change of facts with no source', [entry({ sources: [] })], 'change tokyo-zones.sources'],
    ['a summary in English only', [entry({ summary: { en: 'x' } })], 'change tokyo-zones.summary'],
    [
      'a field that is no field',
      [
        entry({
          changes: [{ collection: 'regions', record: 'a', field: 'zones.1', before: 1, after: 2 }],
        }),
      ],
      'change tokyo-zones.changes[0].field',
    ],
    [
      'a change without its value before',
      [entry({ changes: [{ collection: 'regions', record: 'a', field: 'name', after: 'b' }] })],
      'change tokyo-zones.changes[0]',
    ],
  ])('rejects %s', (_name, entries, where) => {
    expect(changeIssues(entries)).toContain(where);
  });
});
