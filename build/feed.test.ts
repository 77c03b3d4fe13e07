import { parseAtomFeed, parseJsonFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { CHANGES } from '../src/data/changes.ts';
import { feeds, stableUuid } from './feed.ts';
import { currentDataset } from './releases.ts';
import { viewFiles } from './view-pages.ts';

const SITE = 'https://maps.example.org/footprint/';
const files = feeds(CHANGES, { siteUrl: SITE });

/** Every view page the live site has, as absolute addresses. */
const pages = new Set(
  (['en', 'zh-CN'] as const).flatMap((lang) =>
    viewFiles(currentDataset(), new Date(), lang).map((file) => new URL(file.folder, SITE).href),
  ),
);

describe('the change feed', () => {
  it('parses as Atom, one entry per changelog entry, newest first, each linking a view the site has', () => {
    const atom = parseAtomFeed(files['feed.atom']!);
    expect(atom.title?.value).toBe('Alibaba Cloud’s data-center regions: changes to the data');
    expect(atom.entries).toHaveLength(CHANGES.length);
    expect(atom.entries![0]!.title?.value).toBe(CHANGES.at(-1)!.summary.en);
    for (const entry of atom.entries!) {
      expect(entry.id).toMatch(
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(pages.has(entry.links![0]!.href!)).toBe(true);
    }
    expect(new Set(atom.entries!.map((entry) => entry.id)).size).toBe(CHANGES.length);
  });

  it('parses as JSON Feed 1.1 in Chinese, titled and linked in Chinese', () => {
    const json = parseJsonFeed(JSON.parse(files['zh-CN/feed.json']!));
    expect(json.title).toBe('阿里云数据中心地域：数据变更');
    expect(json.language).toBe('zh-CN');
    expect(json.items).toHaveLength(CHANGES.length);
    const tokyo = json.items!.find((item) => item.title?.startsWith('东京'));
    expect(tokyo?.url).toBe(`${SITE}zh-CN/view/2026/tokyo/`);
    for (const item of json.items!) expect(pages.has(item.url!)).toBe(true);
  });

  it('keeps each entry’s id whatever the site’s address: a reader never sees an entry twice', () => {
    const moved = feeds(CHANGES, { siteUrl: 'https://elsewhere.example/' });
    const ids = (feed: string) => parseAtomFeed(feed).entries!.map((entry) => entry.id);
    expect(ids(moved['feed.atom']!)).toEqual(ids(files['feed.atom']!));
    expect(stableUuid('first-version')).toBe(stableUuid('first-version'));
    expect(stableUuid('first-version')).not.toBe(stableUuid('first-versions'));
  });
});
