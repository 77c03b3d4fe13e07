import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { seededRandom } from '../tests/random.mjs';
import { inputBounds, parseFlag, parseViewState } from '../src/data/input.ts';
import { LANGUAGES } from '../src/data/languages.ts';
import { MILESTONES } from '../src/data/milestones.ts';
import { REGIONS } from '../src/data/regions.ts';
import { PEER_PROVIDERS } from '../src/data/types.ts';
import { readLocation } from '../src/data/view-url.ts';
import {
  HTML_ATTRIBUTES as ATTRIBUTE,
  LAYER_VIEW_PENDING,
  STALE_CLASS,
} from '../src/ui/html-contract.ts';
import { buildBoot } from './boot.ts';
import { startApp } from '../src/ui/start.ts';

interface Reader {
  pathname: string;
  search: string;
  languages: string[];
  prefersDark: boolean;
}

interface Booted {
  stale: boolean;
  /** What it preloads before the first paint, */
  preloaded: string[];
  /** and after it. */
  afterPaint: string[];
  /** The build's view with the layers asked for, loaded to take the HTML's place. */
  layerView?: string;
}

let boot = '';
beforeAll(async () => {
  boot = await buildBoot(join(import.meta.dirname, '..'));
}, 60_000);

const { first, last } = inputBounds({ regions: REGIONS, milestones: MILESTONES }, new Date());
const CHUNKS = 'en=./assets/en-a1.js zh-CN=./assets/zh-CN-b2.js';
const PROVIDER_CHUNK = (provider: string) => `./assets/${provider}-d4.js`;
const LANGUAGE_CHUNK = (lang: string) =>
  CHUNKS.split(' ')
    .find((pair) => pair.startsWith(`${lang}=`))!
    .split('=')[1]!;
const BASEMAP = './assets/countries-110m-c3.json';
const isChunk = (href: string) => href !== BASEMAP;
const LAYER_VIEW = (layers: readonly string[]) => `./index.${layers.join('-')}.js`;
/** Every set of layers, as the build names them: each provider alone, and the three together. */
const LAYER_VIEWS = [...PEER_PROVIDERS.map((p) => [p]), PEER_PROVIDERS]
  .map((layers) => `${layers.join(',')}=${LAYER_VIEW(layers)}`)
  .join(' ');

/**
 * Runs the built `boot.js` in a sandbox holding only what a browser's `<head>` would give it, then
 * paints: the browser reports its first contentful paint.
 */
async function runBoot(shown: string, reader: Reader): Promise<Booted> {
  const classes = new Set<string>();
  const preloaded: string[] = [];
  let layerView: string | undefined;
  // Written with the names the build writes them by (see withPrerender), not a table of its own.
  const attributes: Record<string, string> = {
    [ATTRIBUTE.prerendered]: shown,
    [ATTRIBUTE.languages]: LANGUAGES.join(' '),
    [ATTRIBUTE.years]: `${first} ${last}`,
    [ATTRIBUTE.languageChunks]: CHUNKS,
    [ATTRIBUTE.providerChunks]: PEER_PROVIDERS.map((p) => `${p}=${PROVIDER_CHUNK(p)}`).join(' '),
    [ATTRIBUTE.basemap]: BASEMAP,
    [ATTRIBUTE.layerViews]: LAYER_VIEWS,
  };
  let paint = () => {};
  const window = {
    PerformanceObserver: class {
      constructor(callback: PerformanceObserverCallback) {
        const list = { getEntriesByName: () => [{}] } as unknown as PerformanceObserverEntryList;
        paint = () => callback(list, this as unknown as PerformanceObserver);
      }
      observe() {}
      disconnect() {}
    },
    setTimeout: () => 0,
  };
  runInNewContext(boot, {
    window,
    document: {
      readyState: 'loading',
      addEventListener: () => {},
      documentElement: {
        getAttribute: (name: string) => attributes[name] ?? null,
        setAttribute: (name: string, value: string) => (attributes[name] = value),
        removeAttribute: (name: string) => delete attributes[name],
        classList: { add: (name: string) => classes.add(name) },
      },
      head: {
        appendChild: (element: { href?: string; src?: string; blocking?: string }) => {
          if (element.href) preloaded.push(element.href);
          // Only a script the first paint waits for can show its view in that paint.
          else if (element.blocking === 'render') layerView = element.src;
        },
      },
      createElement: () => ({
        setAttribute(this: Record<string, string>, name: string, value: string) {
          this[name] = value;
        },
      }),
    },
    dispatchEvent: () => true,
    location: { pathname: reader.pathname, search: reader.search },
    navigator: { languages: reader.languages, language: reader.languages[0] },
    matchMedia: (query: string) => ({ matches: reader.prefersDark && query.includes('dark') }),
    URLSearchParams,
  });
  // A layer view on its way keeps the app waiting for it (see `main.ts`).
  expect(LAYER_VIEW_PENDING in attributes).toBe(layerView !== undefined);
  const beforePaint = preloaded.splice(0);
  paint();
  await new Promise((done) => setImmediate(done));
  return {
    stale: classes.has(STALE_CLASS),
    preloaded: beforePaint,
    afterPaint: preloaded,
    ...(layerView && { layerView }),
  };
}

/**
 * The view the app itself starts on for that reader, as `src/start-page.ts` starts it, and the
 * other providers' layers it starts with.
 */
async function appView(
  reader: Reader,
): Promise<{ view: string; lang: string; compared: readonly string[] }> {
  vi.stubGlobal('matchMedia', () => ({ matches: false }));
  const { search } = readLocation(reader.pathname, reader.search);
  const embedded = parseFlag(new URLSearchParams(search).get('embed')) === true;
  let app: Awaited<ReturnType<typeof startApp>>;
  try {
    app = await startApp(
      (bounds) => parseViewState(search, bounds),
      embedded ? [] : reader.languages,
    );
  } finally {
    vi.unstubAllGlobals();
  }
  const scheme = app.theme === 'auto' ? (reader.prefersDark ? 'dark' : 'light') : app.theme;
  const view = `${app.year} ${app.embed ? 'embed' : 'page'} ${scheme} ${app.locale.lang}`;
  return { view, lang: app.locale.lang, compared: app.compare };
}

const PATHS = [
  '/',
  '/index.html',
  '/embed.html',
  '/footprint/view/2016/',
  '/view/2016/paris/',
  '/view/2019/embed.html',
  '/view/99999/',
  '//evil.example/view/2026/paris/',
  '//',
];
const QUERIES: Record<string, string[]> = {
  year: ['2016', '1999', '3000', ' 2020 ', '+2019', '20x6', ''],
  embed: ['1', 'true', '', '0', 'yes'],
  theme: ['dark', 'LIGHT', ' auto', 'sepia'],
  lang: ['zh-CN', 'zh-cn', 'en', 'zh', 'fr', 'zh-CN'.padEnd(40, 'x')],
  region: ['paris', '__proto__'],
  compare: ['aws', 'GOOGLE,azure', 'google,aws,azure', 'azure', 'ibm', ''],
};
const PREFERENCES = [[], ['zh-CN'], ['zh'], ['fr', 'zh-TW'], ['en-GB', 'zh-CN'], ['de']];

function randomReader(random: () => number): Reader {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const params = new URLSearchParams();
  for (const [key, values] of Object.entries(QUERIES)) {
    if (random() < 0.4) params.set(key, pick(values));
  }
  const search = params.size ? `?${params}` : '';
  return {
    pathname: pick(PATHS),
    search,
    languages: pick(PREFERENCES),
    prefersDark: random() < 0.3,
  };
}

describe('boot.js', () => {
  it('hides the HTML map exactly when the app will start on another view', async () => {
    const random = seededRandom(20261204);
    const seen = { stale: 0, kept: 0, replaced: 0 };
    for (let step = 0; step < 600; step++) {
      const reader = randomReader(random);
      const shown = `${random() < 0.5 ? last : 2016} ${random() < 0.5 ? 'page' : 'embed'} light en`;
      const app = await appView(reader);
      const { stale, preloaded, afterPaint, layerView } = await runBoot(shown, reader);
      const address = `${reader.pathname}${reader.search} ${reader.languages} on ${shown}`;
      // The HTML's map never has another provider's layer: the build's view with them, when it
      // has one for the view and the layers asked for, takes its place.
      expect(stale, address).toBe(app.view !== shown || app.compared.length > 0);
      const named = LAYER_VIEWS.split(' ').some((pair) => pair.startsWith(`${app.compared}=`));
      const replaced = app.view === shown && app.compared.length > 0 && named;
      expect(layerView, address).toBe(replaced ? LAYER_VIEW(app.compared) : undefined);
      // Only a map drawn afresh waits for the country shapes; a map taken over has them drawn.
      expect(preloaded.includes(BASEMAP), address).toBe(stale && !replaced);
      // The reader's words and the regions of the layers it starts with, and no others, load
      // beside the app's scripts: at once for a map drawn afresh, after the first paint where
      // the HTML's map is on screen (the browser's compiling them would hold that paint back),
      // beside a layer view after its own (not played here).
      const chunks = [LANGUAGE_CHUNK(app.lang), ...app.compared.map(PROVIDER_CHUNK)];
      const kept = !stale && !replaced;
      expect(preloaded.filter(isChunk), address).toEqual(stale && !replaced ? chunks : []);
      expect(afterPaint.filter(isChunk), address).toEqual(kept ? chunks : []);
      seen[layerView ? 'replaced' : stale ? 'stale' : 'kept']++;
    }
    // The walk met every outcome often enough to mean something.
    expect(Math.min(seen.stale, seen.kept, seen.replaced)).toBeGreaterThan(5);
  });

  it('preloads the words of the language the reader will get, and only those', async () => {
    const reader = { pathname: '/', search: '', languages: ['zh-HK'], prefersDark: false };
    expect((await runBoot(`${last} page light en`, reader)).preloaded).toEqual([
      './assets/zh-CN-b2.js',
      BASEMAP,
    ]);
    const embed = { ...reader, pathname: '/embed.html' };
    expect(await runBoot(`${last} embed light en`, embed)).toEqual({
      stale: false,
      preloaded: [],
      afterPaint: ['./assets/en-a1.js'],
    });
  });

  it('hides the stale map by the class boot.js sets, as the stylesheet names it', () => {
    const css = readFileSync(join(import.meta.dirname, '../src/ui/prerendered.css'), 'utf8');
    expect(css).toContain(`.${STALE_CLASS} #app`);
    // While a layer view is on its way, the HTML's own is not even laid out.
    expect(css).toContain(`[${LAYER_VIEW_PENDING}].${STALE_CLASS} #app`);
  });

  it('leaves a page without a prerendered map alone', async () => {
    const reader = { pathname: '/', search: '?year=2016', languages: [], prefersDark: true };
    expect(await runBoot('', reader)).toEqual({ stale: false, preloaded: [], afterPaint: [] });
  });
});
