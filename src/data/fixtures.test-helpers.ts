import { createLocale } from './locale.ts';
import en from './messages/en.ts';
import zh from './messages/zh-CN.ts';
import type { Region } from './types.ts';

const source = {
  url: 'https://example.org/news',
  title: 'A report',
  publisher: 'Example News',
  date: '2020-01-01',
};

/** A small, valid region; override fields to build the case a test needs. */
export function region(overrides: Partial<Region> & Pick<Region, 'id'>): Region {
  return {
    name: overrides.id,
    // Named in every language the map speaks, as the validator asks.
    officialName: { zh: { text: `${overrides.id}（地域）`, sources: [source] } },
    kind: 'public',
    zoneCounts: [],
    zonesNote: { en: 'no zone count in this test', 'zh-CN': '此测试中没有可用区数量' },
    city: 'Frankfurt',
    country: 'DE',
    lat: 50.11,
    lon: 8.68,
    precision: 'city',
    events: [{ type: 'opened', date: '2016', sources: [source] }],
    ...overrides,
  };
}

export function event(type: Region['events'][number]['type'], date: string) {
  return { type, date, sources: [source] };
}

/** A zone count known from `date` on. */
export function zoneCount(count: number, date = '2016') {
  return [{ date, count, sources: [source] }];
}

/** The English the map speaks by default, for tests that read its words. */
export const EN = createLocale('en', en);

/** The map's Simplified Chinese. */
export const ZH = createLocale('zh-CN', zh);
