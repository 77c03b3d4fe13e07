/**
 * The change feed: the changelog published as Atom (RFC 4287) and JSON Feed 1.1, one item per
 * entry, in each language the map speaks, at `feed.atom` and `feed.json` (`zh-CN/feed.atom`, …).
 * An item's id is made from its entry's id and never changes; it links to the view of the region
 * and year the change shows in.
 */
import { createHash } from 'node:crypto';
import type { DataChange, FieldChange } from '../src/data/changelog.ts';
import { creditLine } from '../src/data/citation.ts';
import { createLocale, type Messages } from '../src/data/locale.ts';
import en from '../src/data/messages/en.ts';
import zhCN from '../src/data/messages/zh-CN.ts';
import { LANGUAGE_TAGS, isSeedSource, type Language, type Source } from '../src/data/types.ts';
import { languageFolder, viewFolder } from '../src/data/view-url.ts';
import { escapeHtml } from '../src/data/snippet.ts';

const MESSAGES: { readonly [lang in Language]: Messages } = { en, 'zh-CN': zhCN };

/** Where a language's feeds are, under the site's root. */
export function feedFiles(lang: Language): { atom: string; json: string } {
  const folder = languageFolder(lang);
  return { atom: `${folder}feed.atom`, json: `${folder}feed.json` };
}

/**
 * A name-based UUID (RFC 9562 version 5, SHA-1) in this project's own namespace: the same entry id
 * gives the same UUID in every build, on every host, so a reader's feed never sees an item twice.
 */
export function stableUuid(name: string): string {
  const hash = createHash('sha1').update(`alibaba-cloud-footprint:${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A day as RFC 3339 wants a time: the start of the day, UTC. */
const instant = (day: string) => `${day}T00:00:00Z`;

/** The view an entry links to, on the live site, in the feed's language. */
function viewUrl(entry: DataChange, lang: Language, siteUrl: string): string {
  return new URL(
    `${languageFolder(lang)}${viewFolder(entry.view.year, entry.view.region)}`,
    siteUrl,
  ).href;
}

/** A changed value in words a feed reader can take in: a count, an event, a name, or its data. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'object') return String(value);
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof record.type === 'string') parts.push(record.type);
  if (typeof record.count === 'number') parts.push(String(record.count));
  if (typeof record.date === 'string') parts.push(record.date);
  if (typeof record.text === 'string') parts.push(record.text);
  if (typeof record.url === 'string') parts.push(record.url);
  for (const name of Object.values(record)) {
    if (name && typeof name === 'object' && typeof (name as { text?: unknown }).text === 'string') {
      parts.push((name as { text: string }).text);
    }
  }
  return parts.length > 0 ? parts.join(' ') : JSON.stringify(value).slice(0, 200);
}

function sourceLine(source: Source, lang: Language): string {
  if (isSeedSource(source)) return `“${source.quote}” (seeds/${source.seed})`;
  const credit = creditLine(source, createLocale(lang, MESSAGES[lang]));
  return `${source.title} (${credit}) ${source.url}`;
}

/** The item's body as HTML: why, each field before and after, the sources. */
function contentHtml(entry: DataChange, lang: Language): string {
  const rows = entry.changes.map(
    (change: FieldChange) =>
      `<li>${escapeHtml(`${change.record}${change.field ? ` · ${change.field}` : ''}`)}: ` +
      `${escapeHtml(describe(change.before))} → ${escapeHtml(describe(change.after))}</li>`,
  );
  const sources = entry.sources.map((source) => `<li>${escapeHtml(sourceLine(source, lang))}</li>`);
  return [
    `<p>${escapeHtml(entry.why[lang])}</p>`,
    rows.length ? `<ul>${rows.join('')}</ul>` : '',
    sources.length ? `<ul>${sources.join('')}</ul>` : '',
  ].join('');
}

export interface FeedSite {
  /** The map's public address, ending in a slash. */
  siteUrl: string;
}

/** The feeds' own words: read at build time only, so no language's chunk ships them. */
const FEED_WORDS: {
  readonly [lang in Language]: { title: (mapTitle: string) => string; subtitle: string };
} = {
  en: {
    title: (mapTitle) => `${mapTitle}: changes to the data`,
    subtitle:
      'Every change of a fact on the map: its date, its value before and after, why, and its sources.',
  },
  'zh-CN': {
    title: (mapTitle) => `${mapTitle}：数据变更`,
    subtitle: '地图上每项事实的变更：日期、变更前后的值、原因及来源。',
  },
};

const feedTitle = (lang: Language) => FEED_WORDS[lang].title(MESSAGES[lang].mapTitle);

/** The changelog as an Atom feed in `lang`, newest first. */
export function atomFeed(changes: readonly DataChange[], lang: Language, site: FeedSite): string {
  const files = feedFiles(lang);
  const newest = changes.at(-1)?.date ?? '1970-01-01';
  const entries = [...changes]
    .reverse()
    .map((entry) =>
      [
        '  <entry>',
        `    <id>urn:uuid:${stableUuid(entry.id)}</id>`,
        `    <title>${escapeHtml(entry.summary[lang])}</title>`,
        `    <published>${instant(entry.date)}</published>`,
        `    <updated>${instant(entry.date)}</updated>`,
        `    <link rel="alternate" type="text/html" href="${escapeHtml(viewUrl(entry, lang, site.siteUrl))}"/>`,
        `    <category term="${entry.kind}"/>`,
        `    <summary>${escapeHtml(entry.why[lang])}</summary>`,
        `    <content type="html">${escapeHtml(contentHtml(entry, lang))}</content>`,
        '  </entry>',
      ].join('\n'),
    );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>urn:uuid:${stableUuid(`feed:${lang}`)}</id>`,
    `  <title>${escapeHtml(feedTitle(lang))}</title>`,
    `  <subtitle>${escapeHtml(FEED_WORDS[lang].subtitle)}</subtitle>`,
    `  <updated>${instant(newest)}</updated>`,
    `  <author><name>Alibaba Cloud Footprint</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeHtml(new URL(files.atom, site.siteUrl).href)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeHtml(new URL(languageFolder(lang), site.siteUrl).href)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** The changelog as a JSON Feed 1.1 in `lang`, newest first; `_data` carries each change whole. */
export function jsonFeed(changes: readonly DataChange[], lang: Language, site: FeedSite): string {
  const files = feedFiles(lang);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feedTitle(lang),
    description: FEED_WORDS[lang].subtitle,
    home_page_url: new URL(languageFolder(lang), site.siteUrl).href,
    feed_url: new URL(files.json, site.siteUrl).href,
    language: lang,
    authors: [{ name: 'Alibaba Cloud Footprint' }],
    items: [...changes].reverse().map((entry) => ({
      id: `urn:uuid:${stableUuid(entry.id)}`,
      url: viewUrl(entry, lang, site.siteUrl),
      title: entry.summary[lang],
      summary: entry.why[lang],
      content_html: contentHtml(entry, lang),
      date_published: instant(entry.date),
      tags: [entry.kind],
      _data: { entry: entry.id, version: entry.date, changes: entry.changes },
    })),
  };
  return JSON.stringify(feed, null, 2) + '\n';
}

/** Every feed file of the site: both formats, each language. */
export function feeds(changes: readonly DataChange[], site: FeedSite): Record<string, string> {
  return Object.fromEntries(
    LANGUAGE_TAGS.flatMap((lang) => {
      const files = feedFiles(lang);
      return [
        [files.atom, atomFeed(changes, lang, site)],
        [files.json, jsonFeed(changes, lang, site)],
      ];
    }),
  );
}
