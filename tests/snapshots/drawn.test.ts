/**
 * Golden files of what the map draws, in the manner of Observable Plot's tests: the SVG map, the
 * page and the embed view as the build renders them into HTML, and the SVG picture, each at fixed
 * years and languages. Any change to what is drawn or said fails here, and the new version is
 * written to `tests/output/golden/` beside nothing else, to compare with the file in `files/`; when
 * the change is meant, `npm run test:golden -- -u` rewrites the files, and the diff is reviewed with
 * the rest (README, "Adding or correcting a region").
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'svelte/server';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { EN, ZH } from '../../src/data/fixtures.test-helpers.ts';
import type { Locale } from '../../src/data/locale.ts';
import type { Dataset } from '../../src/data/dataset.ts';
import { yearView } from '../../src/data/year-view.ts';
import type { WorldTopology } from '../../src/map/basemap.ts';
import { boundsOf, FIT_PADDING_PX, fitCamera } from '../../src/map/camera.ts';
import { figureSvg } from '../../src/map/figure.ts';
import { PALETTES, type ColorScheme } from '../../src/map/palette.ts';
import { frozenScene, type MapScene } from '../../src/map/scene.ts';
import SvgMap from '../../src/map/SvgMap.svelte';
import { landPaths } from '../../src/map/land-paths.ts';
import { prerender } from '../../src/ui/prerender.ts';

const world = countries110m as unknown as WorldTopology;
/**
 * The golden files draw a published version of the data, which never changes: they hold what the
 * code draws, and a change of the data (a new region, a corrected date) changes none of them.
 */
const GOLDEN_VERSION = '2026-12-04';
const DATASET = JSON.parse(
  readFileSync(join(import.meta.dirname, `../../src/data/releases/${GOLDEN_VERSION}.json`), 'utf8'),
) as Dataset;
const REGIONS = DATASET.regions;
const FILES = join(import.meta.dirname, 'files');
const CHANGED = join(import.meta.dirname, '../output/golden');
/** Every golden file the cases below write, so a renamed case cannot leave a stale one behind. */
const written = new Set<string>();

/**
 * Holds `text` to its golden file. Where they differ, the new text is also written to
 * `tests/output/golden/`, so the two can be compared whole (a diff tool, a browser for an SVG).
 */
async function expectGolden(text: string, name: string): Promise<void> {
  written.add(name);
  const golden = join(FILES, name);
  const changed = join(CHANGED, name);
  if (existsSync(golden) && readFileSync(golden, 'utf8') !== text) {
    mkdirSync(CHANGED, { recursive: true });
    writeFileSync(changed, text);
  } else {
    rmSync(changed, { force: true });
  }
  await expect(text).toMatchFileSnapshot(golden);
}
/** A fixed today: the timeline's last year and "as of" wording depend on it. */
const NOW = new Date('2026-11-24T12:00:00Z');
const ROOT = 'https://prerender.invalid/';

/**
 * The country outlines are tens of kilobytes of path data: they stand in the files as a digest
 * (any change to them still fails), so the rest of a file can be read in a diff. Svelte's
 * hydration markers, style hashes and the dev build's inlined styles say nothing about what is
 * drawn.
 */
function normalise(markup: string): string {
  return markup
    .replace(/ d="([^"]{200,})"/g, (_, d: string) => {
      const digest = createHash('sha256').update(d).digest('hex').slice(0, 16);
      return ` d="sha256:${digest} (${d.length} characters)"`;
    })
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<style[^>]*>[^]*?<\/style>/g, '')
    .replace(/ ?svelte-[a-z0-9]+/g, '')
    .replace(/ class=""/g, '')
    .replace(/></g, '>\n<');
}

function scene(
  year: number,
  box: { width: number; height: number },
  scheme: ColorScheme,
  selectedId?: string,
  locale: Locale = EN,
): MapScene {
  const view = yearView(REGIONS, year, locale);
  return frozenScene({
    layers: [{ id: 'alibaba', regions: REGIONS, pins: view.pins, visible: view.visible }],
    selectedId,
    palette: PALETTES[scheme],
    camera: fitCamera(boundsOf(REGIONS), box.width, box.height, FIT_PADDING_PX),
    width: box.width,
    height: box.height,
  });
}

const svgMap = (shown: MapScene) =>
  render(SvgMap, { props: { land: landPaths(world, shown), scene: shown } }).body;

/** Widths of a plain sans-serif, so the picture's layout does not depend on the machine's fonts. */
const measure = (text: string, font = '') => {
  const px = Number(/(\d+)px/.exec(font)?.[1] ?? 12);
  return [...text].reduce((sum, c) => sum + (c.charCodeAt(0) > 0x2e80 ? px : px * 0.55), 0);
};

describe('the SVG map', () => {
  it.each([
    ['2016, light, 960 x 600', scene(2016, { width: 960, height: 600 }, 'light')],
    [
      '2024, dark, Sydney open, 375 x 280',
      scene(2024, { width: 375, height: 280 }, 'dark', 'sydney'),
    ],
    [
      '2026, light, Paris open, 1280 x 640',
      scene(2026, { width: 1280, height: 640 }, 'light', 'paris'),
    ],
  ])('%s', async (name, shown) => {
    await expectGolden(normalise(svgMap(shown)), `svg-map ${name}.svg`);
  });
});

describe('the page and the embed view as the build renders them', () => {
  it.each([
    ['page', 2016, 'en'],
    ['page', 2026, 'zh-CN'],
    ['embed', 2026, 'en'],
    ['embed', 2019, 'zh-CN'],
  ] as const)('%s, %i, %s', async (kind, year, lang) => {
    const { body, head, view } = await prerender(kind, year, ROOT, NOW, lang, DATASET);
    await expectGolden(
      normalise(`<html data-prerendered="${view}">${head}${body}</html>`),
      `${kind} ${year} ${lang}.html`,
    );
  });
});

describe('the SVG picture of a view', () => {
  it.each([
    ['2026, English, Paris open, 1280 x 640', 2026, EN, { width: 1280, height: 640 }, 'paris'],
    ['2024, Chinese, 375 x 280', 2024, ZH, { width: 375, height: 280 }, undefined],
  ] as const)('%s', async (name, year, locale, box, open) => {
    const shown = scene(year, box, 'light', open, locale);
    const view = yearView(REGIONS, year, locale);
    const svg = figureSvg(
      { scene: shown, year, counts: view.counts, now: NOW, locale, version: GOLDEN_VERSION },
      svgMap(shown),
      measure,
    );
    await expectGolden(normalise(svg), `figure ${name}.svg`);
  });
});

describe('the golden files', () => {
  it('are exactly the files the cases above write, none left from a renamed case', () => {
    expect(readdirSync(FILES).sort()).toEqual([...written].sort());
  });
});
