/**
 * The build's last step: renders the page and the embed view into their HTML files with Svelte's
 * server renderer (see `prerender.ts`), and adds `boot.js`, which hides that first map before it is
 * painted when the address asks for another view (`?year=2016`, a dark theme), so no reader sees a
 * year that is not the one chosen. Region pages keep an empty shell: their year matches, but a
 * prerender per region would multiply the site's size for little.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'vite';
import {
  AFTER_MAP,
  APP_PRERENDERED,
  EMBEDDED_CLASS,
  HTML_ATTRIBUTES as ATTRIBUTE,
  LAYER_VIEW_EVENT,
  type LayerView,
  type LayerViewNode,
} from '../src/ui/html-contract.ts';
import { JSDOM } from 'jsdom';
import type { PrerenderKind, Prerendered } from '../src/ui/prerender.ts';
import { PEER_PROVIDERS, type PeerProvider } from '../src/data/types.ts';

const EMPTY_APP = '<div id="app"></div>';
/** The country shapes' preload, as `vite.config.ts` puts it into every page. */
const BASEMAP_PRELOAD = /\s*<link rel="preload" href="([^"]*countries-110m-[\w-]+\.json)"[^>]*>/;
/**
 * The site's root while rendering: links come out absolute against it, and are then made relative
 * to each page, so the HTML works wherever the site is served.
 */
const RENDER_ROOT = 'https://prerender.invalid/';

export interface PrerenderPage {
  /** The HTML file, relative to the output folder. */
  file: string;
  kind: PrerenderKind;
  year: number;
  /** The language it is rendered in: each language's pages have a folder of their own. */
  lang?: string;
}

/** Files named on `<html>` for `boot.js`, each under a name. */
export interface NamedFiles {
  /**
   * Each language's file (`zh-CN` to `assets/zh-CN-….js`), for `boot.js` to preload the reader's
   * while the app's scripts load, rather than after they have run.
   */
  chunks?: Readonly<Record<string, string>>;
  /** Each other provider's regions (`aws` to `assets/aws-….js`), preloaded when asked for. */
  providerChunks?: Readonly<Record<string, string>>;
  /** Each set of layers' view of the page (`aws,azure` to `index.aws-azure.js`), beside it. */
  layerViews?: Readonly<Record<string, string>>;
}

/** Puts the rendered view into a page: inside `#app`, on `<html>`, and `boot.js` before the styles. */
export function withPrerender(
  html: string,
  rendered: Prerendered,
  depth: number,
  { chunks = {}, providerChunks = {}, layerViews = {} }: NamedFiles = {},
): string {
  if (!html.includes(EMPTY_APP)) throw new Error('the page has no empty <div id="app"> to fill');
  const up = '../'.repeat(depth) || './';
  const boot = `<script src="${up}boot.js"></script>`;
  const named = (files: Readonly<Record<string, string>>, from = up) =>
    Object.entries(files)
      .map(([name, file]) => `${name}=${from}${file}`)
      .join(' ');
  const body = rendered.body.replaceAll(RENDER_ROOT, up);
  // The embed's page styles itself as embedded from the first paint, as the app would.
  const embedded = rendered.view.split(' ')[1] === 'embed' ? ` class="${EMBEDDED_CLASS}"` : '';
  // The map takes over the HTML's own paths, so the shapes file is no longer fetched up front;
  // `boot.js` asks for it early only when the app must draw afresh (another view asked for).
  const preload = BASEMAP_PRELOAD.exec(html);
  const basemap = preload ? ` ${ATTRIBUTE.basemap}="${preload[1]}"` : '';
  return html
    .replace(BASEMAP_PRELOAD, '')
    .replace(
      /<html([^>]*)>/,
      `<html$1${embedded} ${ATTRIBUTE.prerendered}="${rendered.view}" ${ATTRIBUTE.languages}="${rendered.languages.join(' ')}" ${ATTRIBUTE.years}="${rendered.years}"${basemap} ${ATTRIBUTE.languageChunks}="${named(chunks)}" ${ATTRIBUTE.providerChunks}="${named(providerChunks)}" ${ATTRIBUTE.layerViews}="${named(layerViews, './')}">`,
    )
    .replace('<head>', `<head>\n    ${boot}`)
    .replace('</head>', () => `${rendered.head}</head>`)
    .replace(EMPTY_APP, () => `<div id="app" ${APP_PRERENDERED}>${body}</div>`);
}

/** Every set of layers a reader can ask for, each in the app's order: `aws`, `aws,azure`, …. */
export function layerSets(providers: readonly PeerProvider[]): PeerProvider[][] {
  const sets: PeerProvider[][] = [];
  for (let mask = 1; mask < 2 ** providers.length; mask++) {
    sets.push(providers.filter((_, bit) => mask & (2 ** bit)));
  }
  return sets;
}

/**
 * A page's view with a set of layers, as the script `boot.js` loads: it hands `boot.js` the nodes
 * of `#app` as data (`LayerView`, built with the DOM's own calls, never parsed from markup),
 * without the countries' paths, which the page has already, and does nothing else.
 */
export function layerViewScript(rendered: Prerendered, depth: number): string {
  const body = rendered.body.replaceAll(RENDER_ROOT, '../'.repeat(depth) || './');
  const later: LayerViewNode[][] = [];
  const map = [...JSDOM.fragment(body).childNodes].map((node) => toLayerViewNode(node, later));
  const view: LayerView = { map: JSON.stringify(map), later: JSON.stringify(later) };
  const event = `new CustomEvent(${JSON.stringify(LAYER_VIEW_EVENT)},{detail:${JSON.stringify(view)}})`;
  return `document.dispatchEvent(${event});\n`;
}

/** A node as data; the children of the parts that never size the map go to `later`. */
function toLayerViewNode(node: Node, later?: LayerViewNode[][]): LayerViewNode {
  if (node.nodeType === node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType === node.COMMENT_NODE) return [node.textContent ?? ''];
  const element = node as Element;
  const attributes: Record<string, string> = {};
  for (const { name, value } of element.attributes) attributes[name] = value;
  // The countries' path data is the page's own, moved into the view by `boot.js`.
  if ('data-land' in attributes || 'data-borders' in attributes) attributes.d = '';
  const children = [...element.childNodes];
  if (later && AFTER_MAP in attributes) {
    later.push(children.map((child) => toLayerViewNode(child)));
    return [element.localName, attributes];
  }
  return [element.localName, attributes, ...children.map((child) => toLayerViewNode(child, later))];
}

/**
 * The chunk of each name in the build (a language, named after its file in `src/data/messages/`;
 * another provider, after its dataset in `src/data/providers/`).
 */
function chunksOf(outDir: string, names: readonly string[]): Record<string, string> {
  const assets = readdirSync(join(outDir, 'assets'));
  const chunks: Record<string, string> = {};
  for (const name of names) {
    const file = assets.find((file) => file.startsWith(`${name}-`) && /^[\w-]+\.js$/.test(file));
    if (file) chunks[name] = `assets/${file}`;
  }
  return chunks;
}

/** Renders `pages()` once the site is written, through a server build of `prerender.ts`. */
export function prerenderPages(pages: () => PrerenderPage[]): Plugin {
  let outDir = '';
  let root = '';
  let sourcePlugins: Plugin[] = [];
  let synthetic = false;
  let define: Record<string, string> | undefined;
  let written = false;
  return {
    name: 'prerender-pages',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      // The constants the build writes into the code (the data's version) hold in the HTML too.
      define = config.define as Record<string, string> | undefined;
      // Plugins that replace source modules (the benchmark's synthetic dataset) go into the server
      // build too, so the HTML shows the data the browser's code has.
      synthetic = config.plugins.some(
        (plugin) => (plugin.api as { syntheticDataset?: boolean } | undefined)?.syntheticDataset,
      );
      sourcePlugins = config.plugins.filter(
        (plugin) => plugin.enforce === 'pre' && plugin.load && !plugin.name.startsWith('vite'),
      ) as Plugin[];
    },
    writeBundle() {
      written = true;
    },
    async closeBundle() {
      // A build that failed before writing (a bad record, say) has its own message to show, and
      // there is no page to fill.
      if (!written) return;
      written = false;
      const scratch = mkdtempSync(join(tmpdir(), 'footprint-prerender-'));
      try {
        // A server build of its own: the components compile as they do for the browser, so the
        // HTML they render is the HTML the browser's code hydrates.
        await build({
          configFile: false,
          root,
          logLevel: 'warn',
          plugins: [...sourcePlugins, svelte()],
          define,
          build: {
            ssr: join(root, 'src/ui/prerender.ts'),
            outDir: scratch,
            emptyOutDir: true,
            rollupOptions: {
              output: { entryFileNames: 'prerender.mjs' },
              // One server file: whether the app's lazy imports get chunks of their own does not
              // matter here, and the browser's build says nothing of the kind.
              onLog(level, log, handler) {
                if (log.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') handler(level, log);
              },
            },
          },
          ssr: { noExternal: true },
        });
        const { prerender } = (await import(
          pathToFileURL(join(scratch, 'prerender.mjs')).href
        )) as typeof import('../src/ui/prerender.ts');
        const now = new Date();
        for (const page of pages()) {
          const path = join(outDir, page.file);
          if (!existsSync(path)) throw new Error(`prerender: ${page.file} was not built`);
          const depth = relative(outDir, path).split('/').length - 1;
          const render = (layers?: readonly PeerProvider[]) =>
            prerender(page.kind, page.year, RENDER_ROOT, now, page.lang, undefined, layers);
          const rendered = await render();
          const chunks = chunksOf(outDir, rendered.languages);
          const providerChunks = chunksOf(outDir, PEER_PROVIDERS);
          // The view with each set of layers, beside the page: `index.html`'s `index.aws-azure.js`.
          const layerViews: Record<string, string> = {};
          // The benchmark's site of 10,000 synthetic regions has none: seven more views of every
          // page, each holding every pin, would take its build half an hour, for views its
          // measures never open.
          for (const layers of synthetic ? [] : layerSets(PEER_PROVIDERS)) {
            const view = await render(layers);
            const file = `${basename(page.file, '.html')}.${layers.join('-')}.js`;
            writeFileSync(join(dirname(path), file), layerViewScript(view, depth));
            layerViews[layers.join(',')] = file;
          }
          writeFileSync(
            path,
            withPrerender(readFileSync(path, 'utf8'), rendered, depth, {
              chunks,
              providerChunks,
              layerViews,
            }),
          );
        }
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
  };
}
