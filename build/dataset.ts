/**
 * The build's side of the dataset: it validates the dataset and its changelog before anything is
 * built (a bad record stops the build with every problem named), writes the data's version into the
 * code, and publishes beside the site the data, its change feed, and every published version under
 * `v/VERSION/`, where archived views read it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { countryChecks } from '../src/data/country-shapes.ts';
import { CHANGES } from '../src/data/changes.ts';
import type { Dataset } from '../src/data/dataset.ts';
import { DATA_LICENSE, toCsv, toGeoJson, toPublishedJson } from '../src/data/publish.ts';
import { REGIONS_JSON_SCHEMA } from '../src/data/schema.ts';
import { REGIONS } from '../src/data/regions.ts';
import { PEER_PROVIDERS } from '../src/data/types.ts';
import {
  assertValidChanges,
  assertValidRegions,
  DatasetError,
  type ValidationContext,
} from '../src/data/validate.ts';
import { feeds } from './feed.ts';
import { currentDataset, readReleases, releaseText } from './releases.ts';
import { siteUrlFrom } from './view-pages.ts';

const SEEDS_DIR = join(import.meta.dirname, '../seeds');

export function readSeeds(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(SEEDS_DIR).map((name) => [name, readFileSync(join(SEEDS_DIR, name), 'utf8')]),
  );
}

let context: ValidationContext | undefined;

/** What the validator checks against: the real seeds and world-atlas's 50m country shapes. */
export function validationContext(): ValidationContext {
  context ??= {
    seeds: readSeeds(),
    // The 110m file the map draws has no Singapore or Hong Kong.
    ...countryChecks(countries50m as unknown as Topology<{ countries: GeometryCollection }>),
  };
  return context;
}

const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json',
  geojson: 'application/geo+json',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  atom: 'application/atom+xml',
};

/** Where the published files live, relative to the site's root. */
const PUBLISHED_FOLDERS = ['data/', 'seeds/', 'feed.', 'zh-CN/feed.'];

/** A version's data files, its seeds, and the module an archived view loads, under `folder`. */
export function publishedFiles(dataset: Dataset, folder = ''): Record<string, string> {
  const { regions, version } = dataset;
  const seeds = Object.entries(readSeeds()).map(([name, text]) => [`${folder}seeds/${name}`, text]);
  return {
    [`${folder}data/regions.json`]:
      JSON.stringify(toPublishedJson(regions, version), null, 2) + '\n',
    [`${folder}data/regions.csv`]: toCsv(regions, version),
    [`${folder}data/regions.geojson`]: JSON.stringify(toGeoJson(regions, version)) + '\n',
    [`${folder}data/regions.schema.json`]: JSON.stringify(REGIONS_JSON_SCHEMA, null, 2) + '\n',
    [`${folder}data/LICENSE.txt`]: `${DATA_LICENSE.attribution}: data files\n${DATA_LICENSE.note}\n${DATA_LICENSE.name}: ${DATA_LICENSE.url}\n`,
    // Each other provider's regions in the same three forms, from the version that added them.
    ...Object.fromEntries(
      PEER_PROVIDERS.flatMap((provider) => {
        const peers = dataset[provider];
        if (!peers) return [];
        const base = `${folder}data/providers/${provider}`;
        return [
          [`${base}.json`, JSON.stringify(toPublishedJson(peers, version), null, 2) + '\n'],
          [`${base}.csv`, toCsv(peers, version)],
          [`${base}.geojson`, JSON.stringify(toGeoJson(peers, version)) + '\n'],
        ];
      }),
    ),
    // Every seed quote on the map links to the document it was copied from.
    ...Object.fromEntries(seeds),
  };
}

/**
 * The modules an archived view imports, which never change: its version's dataset in
 * `dataset.js` (naming the providers it can compare with), and each other provider's regions in a
 * module of its own, loaded only when a reader turns that layer on.
 */
export function archiveModules(dataset: Dataset, folder: string): Record<string, string> {
  const peers = PEER_PROVIDERS.filter((provider) => dataset[provider]);
  const own = { ...dataset, ...Object.fromEntries(peers.map((p) => [p, undefined])) };
  return {
    [`${folder}dataset.js`]: `export default ${releaseText(own)}export const providers = ${JSON.stringify(peers)};\n`,
    ...Object.fromEntries(
      peers.map((provider) => [
        `${folder}providers/${provider}.js`,
        `export default ${JSON.stringify(dataset[provider], null, 1)};\n`,
      ]),
    ),
  };
}

/** Publishes the dataset as JSON, CSV and GeoJSON, its JSON Schema and licence, and the seeds. */
export function regionDataset(
  dataset: unknown = REGIONS,
  siteUrlSetting: string | undefined = process.env.SITE_URL,
): Plugin {
  const live = (): Record<string, string> => {
    const context = validationContext();
    const regions = assertValidRegions(dataset, context);
    const current = { ...currentDataset(), regions };
    for (const provider of PEER_PROVIDERS) {
      assertValidRegions(current[provider], context, provider);
    }
    const changes = assertValidChanges(CHANGES, context);
    return {
      ...publishedFiles(current),
      // What an archived view asks, to tell its reader when newer data is out.
      'data/version.json': JSON.stringify({ version: current.version }) + '\n',
      ...feeds(changes, { siteUrl: siteUrlFrom(siteUrlSetting) }),
    };
  };
  return {
    name: 'region-dataset',
    // Before anything is built, where Vite itself reports an error: a bad record stops the build
    // with the validator's messages and nothing else (no stack, no later plugin's complaint).
    config(_config, { command }) {
      if (command === 'build') {
        live();
        const newest = readReleases().at(-1);
        if (!newest || releaseText(newest) !== releaseText(currentDataset())) {
          throw new DatasetError(
            'The data has changes not yet published as a version: run npm run data:release ' +
              '(README, "Versions, archives and the change feed").',
          );
        }
      }
      return { define: { __DATA_VERSION__: JSON.stringify(currentDataset().version) } };
    },
    generateBundle() {
      const files: Record<string, string> = { ...live() };
      for (const release of readReleases()) {
        const folder = `v/${release.version}/`;
        Object.assign(files, publishedFiles(release, folder), archiveModules(release, folder));
      }
      for (const [fileName, source] of Object.entries(files)) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
    configureServer(server) {
      // The dev server keeps running on a broken dataset, and says what is wrong at once.
      try {
        live();
      } catch (error) {
        server.config.logger.error(error instanceof Error ? error.message : String(error));
      }
      // Computed once, on the first request for a published file: validating the dataset takes
      // tens of milliseconds, too long to spend on every module the dev server answers.
      let files: Record<string, string> | undefined;
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0]?.replace(/^\//, '') ?? '';
        if (!PUBLISHED_FOLDERS.some((folder) => path.startsWith(folder))) return next();
        files ??= live();
        // Only the files' own names: `__proto__` or `toString` must not find Object's members.
        if (!Object.hasOwn(files, path)) return next();
        response.setHeader(
          'Content-Type',
          CONTENT_TYPES[path.split('.').pop() ?? ''] ?? 'text/plain',
        );
        response.end(files[path]);
      });
    },
  };
}
