import { svelte } from '@sveltejs/vite-plugin-svelte';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { regionDataset } from './build/dataset.ts';
import { resizeScript } from './build/resize-script.ts';
import { prerenderedPages, viewPages } from './build/view-pages.ts';
import { currentDataset } from './build/releases.ts';
import { bootScript } from './build/boot.ts';
import { prerenderPages } from './build/prerender.ts';
import { splitNotesForBrowser } from './build/split-notes.ts';

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
  plugins: [
    svelte(),
    regionDataset(),
    splitNotesForBrowser(),
    resizeScript(),
    preloadBasemap(),
    bootScript(),
    viewPages(),
    prerenderPages(() => prerenderedPages(currentDataset(), new Date())),
  ],
  build: {
    target: 'es2022',
    // maplibre-gl alone is about 1 MB minified; it loads lazily, so the warning says nothing new.
    chunkSizeWarningLimit: 1200,
    modulePreload: {
      // Every browser the map supports preloads modules natively; the polyfill would be one more file.
      polyfill: false,
      // The app's import from `main.ts` names no files to preload: the browser finds them in the
      // app's modules, a round trip per level of imports later than a list would name them, after
      // the first paint. The list cost the entry 0.3 KiB gzipped, beyond the bundle's budget.
      resolveDependencies: (file, deps) => (/(^|\/)start-page-[\w-]+\.js$/.test(file) ? [] : deps),
    },
    rolldownOptions: {
      // The prerender's closeBundle renders every page and is slow by nature (the bench measures
      // the build); a timing warning on every build would read as a failure.
      checks: { bundlerTimings: false, pluginTimings: false },
      input: {
        index: join(import.meta.dirname, 'index.html'),
        story: join(import.meta.dirname, 'story.html'),
        'story-zh-CN': join(import.meta.dirname, 'story-zh-CN.html'),
        [EMBED_ENTRY]: join(import.meta.dirname, 'src/embed/custom-element.svelte.ts'),
      },
      output: {
        // The custom element's script has a stable address that embed snippets can name.
        entryFileNames: (chunk) =>
          chunk.name === EMBED_ENTRY ? 'embed.js' : 'assets/[name]-[hash].js',
        // MapLibre's worker ships as `.mjs`, which stock MIME tables (Debian's nginx among them)
        // do not know: served as application/octet-stream under `nosniff`, the browser refuses
        // it as a module worker. Named `.js`, every static server types it as JavaScript.
        assetFileNames: (asset) =>
          asset.names.some((name) => name.endsWith('.mjs'))
            ? 'assets/[name]-[hash].js'
            : 'assets/[name]-[hash][extname]',
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'build/**/*.test.ts',
            'tests/unit/**/*.test.ts',
            'tests/snapshots/**/*.test.ts',
          ],
          exclude: ['**/*.dom.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        // Components and runes classes as they run in a browser (Svelte's client runtime, effects
        // and focus), in jsdom: keyboard and focus behaviour without starting Chromium.
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'dom',
          include: ['src/**/*.dom.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/dom-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          // The built site's own checks read what global-setup builds, as the browser tests do.
          include: ['tests/browser/**/*.test.ts', 'tests/build/**/*.test.ts'],
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
