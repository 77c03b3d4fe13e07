import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { LIVE } from '../../src/data/live.ts';
import { PEER_PROVIDERS } from '../../src/data/types.ts';

const ROOT = join(import.meta.dirname, '../..');
/** The site as the tests built it (global-setup.ts). */
const OUT = inject('siteDir');
const KIB = 1024;

interface Budgets {
  builtJsBeyondMaplibreKiBGzip: number;
  providerDataKiBGzip: number;
}

const budgets = JSON.parse(readFileSync(join(ROOT, 'tests/bench/budgets.json'), 'utf8')) as Budgets;

const gzipped = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

const isMaplibreChunk = (name: string) => /^maplibre-renderer-.*\.js$/.test(name);
/** MapLibre's worker, named `.js` so that any static server types it as JavaScript. */
const isWorker = (name: string) => /^maplibre-gl-worker-[\w-]+\.js$/.test(name);
/** One chunk per language, named after its file in `src/data/messages/`. */
const LANGUAGE_FILES = readdirSync(join(ROOT, 'src/data/messages')).map((file) =>
  file.slice(0, -3),
);
/**
 * The other providers' regions, one chunk each: data a reader loads only by turning its layer on,
 * budgeted apart from the code every reader loads.
 */
const isProviderData = (name: string) =>
  PEER_PROVIDERS.some((provider) => new RegExp(`^${provider}-[\\w-]+\\.js$`).test(name));
const languageOf = (name: string) =>
  LANGUAGE_FILES.find((lang) => new RegExp(`^${lang}-[\\w-]+\\.js$`).test(name));

let assets: string[] = [];

// The production build that tests/browser/global-setup.ts makes before any test runs.
beforeAll(() => {
  assets = readdirSync(join(OUT, 'assets'));
});

describe('the built site', () => {
  it('keeps its JS beyond MapLibre within the byte budget, counting one language', () => {
    const files = [
      join(OUT, 'embed.js'),
      ...assets
        .filter(
          (name) =>
            name.endsWith('.js') &&
            !isMaplibreChunk(name) &&
            !isWorker(name) &&
            !languageOf(name) &&
            !isProviderData(name),
        )
        .map((name) => join(OUT, 'assets', name)),
    ];
    const sizes = files.map((file) => [file.slice(OUT.length + 1), gzipped(file)] as const);
    // A reader downloads the words of one language: the largest counts.
    const languages = assets
      .filter((name) => languageOf(name))
      .map((name) => [`assets/${name}`, gzipped(join(OUT, 'assets', name))] as const)
      .toSorted((a, b) => b[1] - a[1]);
    expect(languages.map(([name]) => languageOf(name.slice(7))).sort()).toEqual(
      [...LANGUAGE_FILES].sort(),
    );
    sizes.push(languages[0]!);
    const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
    const breakdown = sizes.map(([name, bytes]) => `${name}: ${bytes} B`).join(', ');
    expect(total, `gzipped JS beyond MapLibre (${breakdown})`).toBeLessThanOrEqual(
      budgets.builtJsBeyondMaplibreKiBGzip * KIB,
    );
  });

  it('keeps each other provider’s regions in a chunk of its own, within their budget', () => {
    const chunks = assets.filter(isProviderData);
    expect(chunks.map((name) => name.split('-')[0]).sort()).toEqual([...PEER_PROVIDERS].sort());
    const total = chunks.reduce((sum, name) => sum + gzipped(join(OUT, 'assets', name)), 0);
    expect(total).toBeLessThanOrEqual(budgets.providerDataKiBGzip * KIB);
  });

  it('ships each note of the dataset in English with the data, and in Chinese with the Chinese words only', () => {
    const notes = LIVE.regions.flatMap((region) =>
      region.events.flatMap((event) => (event.note ? [event.note] : [])),
    );
    expect(notes.length).toBeGreaterThan(20);
    const text = Object.fromEntries(
      assets
        .filter((name) => name.endsWith('.js'))
        .map((name) => [name, readFileSync(join(OUT, 'assets', name), 'utf8')]),
    );
    const holding = (words: string) =>
      Object.keys(text).filter((name) => text[name]!.includes(JSON.stringify(words).slice(1, -1)));
    for (const note of notes) {
      expect(holding(note['zh-CN']).map(languageOf), note.en).toEqual(['zh-CN']);
      expect(holding(note.en).map(languageOf), note.en).not.toContain('zh-CN');
      expect(holding(note.en).length, note.en).toBeGreaterThan(0);
    }
  });

  it('ships the MapLibre worker as a file of its own, inlined in no chunk', () => {
    expect(assets.filter(isWorker)).toHaveLength(1);
    expect(assets.filter(isMaplibreChunk)).toHaveLength(1);
    const large = assets
      .filter((name) => /\.m?js$/.test(name) && !isWorker(name) && !isMaplibreChunk(name))
      .filter((name) => gzipped(join(OUT, 'assets', name)) > 200 * KIB);
    expect(large).toEqual([]);
    // MapLibre itself is about 290 KiB gzipped and its worker about 145 KiB: a MapLibre chunk with
    // the worker inside would pass 400 KiB.
    const maplibre = assets.find(isMaplibreChunk) ?? '';
    expect(gzipped(join(OUT, 'assets', maplibre))).toBeLessThan(400 * KIB);
  });
});
