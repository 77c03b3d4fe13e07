import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source map `mappings` to, per generated line, `[column, sourceIndex]` (-1: no source). */
function decodeMappings(mappings) {
  let source = 0;
  return mappings.split(';').map((line) => {
    const segments = [];
    let column = 0;
    for (const segment of line ? line.split(',') : []) {
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = B64.indexOf(char);
        value += (digit & 31) * 2 ** shift;
        if (digit & 32) {
          shift += 5;
        } else {
          values.push(value % 2 ? -Math.floor(value / 2) : value / 2);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length >= 4) source += values[1];
      segments.push([column, values.length >= 4 ? source : -1]);
    }
    return segments;
  });
}

const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** `../../src/x.ts` and `/repo/src/x.ts` to `src/x.ts`; `\0vite/x.js` to `vite/x.js`. */
export function moduleKey(id, repoRoot) {
  const plain = id.replaceAll('\0', '');
  const inRepo = plain.startsWith(repoRoot + '/') ? plain.slice(repoRoot.length + 1) : plain;
  return inRepo.replace(/^(\.\.?\/)+/, '');
}

/** The dataset's modules: the regions, their sources, the milestones and Alibaba's totals. */
const DATASET = [
  'src/data/regions.ts',
  'src/data/sources.ts',
  'src/data/milestones.ts',
  'src/data/published-totals.ts',
];

const kindOf = (key) => {
  if (DATASET.includes(key)) return 'dataset';
  return key.startsWith('src/') ? 'ours' : 'libraries';
};

/** MapLibre's worker, a file of its own that only a map that has started MapLibre loads. */
export const isWorker = (file) => /(^|[\\/])maplibre-gl-worker-[^\\/]*\.js$/.test(file);

/** The JS files of a built site: `embed.js` and `assets/*.js`, MapLibre's worker aside. */
export function builtScripts(siteDir) {
  const assets = readdirSync(join(siteDir, 'assets'))
    .filter((name) => name.endsWith('.js') && !isWorker(name))
    .map((name) => join(siteDir, 'assets', name));
  return [join(siteDir, 'embed.js'), ...assets].filter(existsSync);
}

export const isMaplibreChunk = (file) => /(^|[\\/])maplibre-renderer-[^\\/]*\.js$/.test(file);

/**
 * Splits a minified chunk into our code (`src/`, the dataset apart) and libraries (node_modules,
 * bundler helpers) by its source map. Text with no mapping (template strings, CSS, shaders) goes to
 * the module around it; between two modules, to a module that has no source map if the bundle
 * placed one there (`?inline` CSS, Vite's helpers), else to the module that follows (Svelte hoists
 * its templates to the top of a component).
 */
function splitChunk(text, map, order) {
  const keys = map.sources.map((source) => moduleKey(source, ''));
  const mapless = order.filter((key) => !keys.includes(key));
  const pieces = [];
  const lines = text.split('\n');
  decodeMappings(map.mappings).forEach((segments, i) => {
    const line = (lines[i] ?? '') + (i < lines.length - 1 ? '\n' : '');
    if (segments.length === 0) return pieces.push([line, -1]);
    pieces.push([line.slice(0, segments[0][0]), -1]);
    segments.forEach(([column, source], j) => {
      const end = j + 1 < segments.length ? segments[j + 1][0] : line.length;
      pieces.push([line.slice(column, end), source]);
    });
  });
  const texts = { ours: '', dataset: '', libraries: '' };
  let previous;
  pieces.forEach(([piece, source], i) => {
    if (!piece) return;
    if (source >= 0) {
      texts[kindOf(keys[source])] += piece;
      previous = keys[source];
      return;
    }
    const nextIndex = pieces.findIndex(([, s], j) => j > i && s >= 0);
    const next = nextIndex >= 0 ? keys[pieces[nextIndex][1]] : undefined;
    let kind;
    if (previous !== undefined && previous === next) {
      kind = kindOf(previous);
    } else {
      const from = previous === undefined ? -1 : order.indexOf(previous);
      const to = next === undefined ? order.length : order.indexOf(next);
      const between = mapless.filter((key) => {
        const at = order.indexOf(key);
        return at > from && (to < 0 || at < to);
      });
      kind = kindOf(between[0] ?? next ?? previous ?? '');
    }
    texts[kind] += piece;
  });
  return texts;
}

/**
 * Gzipped size (level 9) of a built site's JS beyond MapLibre, and of our own code in all of its
 * JS, counting one language's words (a reader loads one): each chunk's text is split by its source map (see `splitChunk`) and our part of each chunk
 * is gzipped on its own. The MapLibre chunk counts for our code (it holds our MapLibre wrapper) but
 * not for "beyond MapLibre". `modules` maps each chunk's file name to its module ids in bundle
 * order.
 */
export function codeSize(siteDir, repoRoot, modules) {
  const chunks = [];
  for (const file of builtScripts(siteDir)) {
    const name = file.slice(siteDir.length + 1);
    const text = readFileSync(file, 'utf8');
    const chunk = { file: name, minified: Buffer.byteLength(text), gzip: gzip(text) };
    const mapFile = `${file}.map`;
    if (!existsSync(mapFile) && modules?.[name]) {
      // A facade (`embed.js` re-exporting its chunk) has no mapped code, so no map: it is what its
      // modules are.
      const kind = kindOf(moduleKey(modules[name][0] ?? '', repoRoot));
      for (const part of ['ours', 'dataset', 'libraries']) {
        const size = part === kind ? chunk : { minified: 0, gzip: 0 };
        chunk[part] = { minified: size.minified, gzip: size.gzip };
      }
    } else if (existsSync(mapFile) && modules?.[name]) {
      const map = JSON.parse(readFileSync(mapFile, 'utf8'));
      const order = modules[name].map((id) => moduleKey(id, repoRoot));
      const texts = splitChunk(text, map, order);
      for (const [kind, part] of Object.entries(texts)) {
        chunk[kind] = { minified: Buffer.byteLength(part), gzip: part ? gzip(part) : 0 };
      }
    }
    chunks.push(chunk);
  }
  // A reader downloads the words of one language: the largest counts, the others not.
  const languages = readdirSync(join(repoRoot, 'src/data/messages')).map((f) =>
    f.replace(/\.ts$/, ''),
  );
  const isLanguage = (chunk) =>
    languages.some((lang) => new RegExp(`^assets/${lang}-[\\w-]+\\.js$`).test(chunk.file));
  const largestLanguage = chunks.filter(isLanguage).toSorted((a, b) => b.gzip - a.gzip)[0];
  // The other providers' regions: data loaded only when a reader turns a layer on, counted apart.
  const isProviderData = (chunk) => /^assets\/(aws|azure|google)-[\w-]+\.js$/.test(chunk.file);
  const counted = chunks.filter(
    (chunk) => (!isLanguage(chunk) || chunk === largestLanguage) && !isProviderData(chunk),
  );
  const sum = (list, pick) => list.reduce((total, chunk) => total + (pick(chunk) ?? 0), 0);
  const beyond = counted.filter((chunk) => !isMaplibreChunk(chunk.file));
  const attributed = chunks.every((chunk) => chunk.ours);
  return {
    chunks,
    attributed,
    builtJsBeyondMaplibreGzip: sum(beyond, (c) => c.gzip),
    providerDataGzip: sum(chunks.filter(isProviderData), (c) => c.gzip),
    ourCodeGzip: attributed ? sum(counted, (c) => c.ours.gzip + c.dataset.gzip) : undefined,
    ourCodeWithoutDatasetGzip: attributed ? sum(counted, (c) => c.ours.gzip) : undefined,
    datasetGzip: attributed ? sum(counted, (c) => c.dataset.gzip) : undefined,
    ourCodeMinified: attributed ? sum(counted, (c) => c.ours.minified + c.dataset.minified) : 0,
    librariesMinified: attributed ? sum(counted, (c) => c.libraries.minified) : 0,
  };
}
