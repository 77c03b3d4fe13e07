import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countryChecks } from './src/data/country-shapes';
import { toCsv, toPublishedJson } from './src/data/publish';
import { REGIONS } from './src/data/regions';
import { assertValidRegions } from './src/data/validate';

const SEEDS_DIR = join(import.meta.dirname, 'seeds');

function readSeeds(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(SEEDS_DIR).map((name) => [name, readFileSync(join(SEEDS_DIR, name), 'utf8')]),
  );
}

/**
 * Validates the dataset before anything is built (a bad record stops the build with every problem
 * named) and publishes it as `data/regions.json` and `data/regions.csv` beside the site.
 */
export function regionDataset(dataset: unknown = REGIONS): Plugin {
  const published = (): Record<string, string> => {
    const regions = assertValidRegions(dataset, {
      seeds: readSeeds(),
      ...countryChecks(countries50m as unknown as Topology<{ countries: GeometryCollection }>),
    });
    const seeds = Object.entries(readSeeds()).map(([name, text]) => [`seeds/${name}`, text]);
    return {
      'data/regions.json': JSON.stringify(toPublishedJson(regions), null, 2) + '\n',
      'data/regions.csv': toCsv(regions),
      // Every seed quote on the map links to the document it was copied from.
      ...Object.fromEntries(seeds),
    };
  };
  return {
    name: 'region-dataset',
    buildStart() {
      published();
    },
    generateBundle() {
      for (const [fileName, source] of Object.entries(published())) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const files: Record<string, string> = published();
        const path = request.url?.split('?')[0]?.replace(/^\//, '') ?? '';
        const body = files[path];
        if (body === undefined) return next();
        response.setHeader(
          'Content-Type',
          path.endsWith('.json') ? 'application/json' : 'text/csv',
        );
        response.end(body);
      });
    },
  };
}

/**
 * The first map needs the country shapes, which the app would only ask for once its JavaScript has
 * run: a preload in the HTML fetches them alongside the scripts instead.
 */
function preloadBasemap(): Plugin {
  return {
    name: 'preload-basemap',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const basemap = Object.values(context.bundle ?? {}).find(
          (file) => file.type === 'asset' && /countries-110m-[\w-]+\.json$/.test(file.fileName),
        );
        if (!basemap) return [];
        const attrs = {
          rel: 'preload',
          href: `./${basemap.fileName}`,
          as: 'fetch',
          crossorigin: '',
        };
        return [{ tag: 'link', attrs, injectTo: 'head' }];
      },
    },
  };
}

const EMBED_ENTRY = 'embed';

export default defineConfig({
  // Relative URLs: the site works from any folder of a static server, and the custom element
  // resolves its chunks, basemap and worker against its own script, not the article's origin.
  base: './',
  plugins: [svelte(), regionDataset(), preloadBasemap()],
  build: {
    target: 'es2022',
    // maplibre-gl alone is about 1 MB minified; it loads lazily, so the warning says nothing new.
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: {
        index: join(import.meta.dirname, 'index.html'),
        [EMBED_ENTRY]: join(import.meta.dirname, 'src/embed/custom-element.svelte.ts'),
      },
      output: {
        // The custom element's script has a stable address that embed snippets can name.
        entryFileNames: (chunk) =>
          chunk.name === EMBED_ENTRY ? 'embed.js' : 'assets/[name]-[hash].js',
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
