/**
 * The build's side of the dataset: it validates the dataset before anything is built (a bad record
 * stops the build with every problem named) and publishes it beside the site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { countryChecks } from '../src/data/country-shapes.ts';
import { DATA_LICENSE, toCsv, toGeoJson, toPublishedJson } from '../src/data/publish.ts';
import { REGIONS_JSON_SCHEMA } from '../src/data/schema.ts';
import { REGIONS } from '../src/data/regions.ts';
import { assertValidRegions, type ValidationContext } from '../src/data/validate.ts';

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
};

/** Where the published files live, relative to the site's root. */
const PUBLISHED_FOLDERS = ['data/', 'seeds/'];

/** Publishes the dataset as JSON, CSV and GeoJSON, its JSON Schema and licence, and the seeds. */
export function regionDataset(dataset: unknown = REGIONS): Plugin {
  const published = (): Record<string, string> => {
    const regions = assertValidRegions(dataset, validationContext());
    const seeds = Object.entries(readSeeds()).map(([name, text]) => [`seeds/${name}`, text]);
    return {
      'data/regions.json': JSON.stringify(toPublishedJson(regions), null, 2) + '\n',
      'data/regions.csv': toCsv(regions),
      'data/regions.geojson': JSON.stringify(toGeoJson(regions)) + '\n',
      'data/regions.schema.json': JSON.stringify(REGIONS_JSON_SCHEMA, null, 2) + '\n',
      'data/LICENSE.txt': `${DATA_LICENSE.attribution}: data files\n${DATA_LICENSE.note}\n${DATA_LICENSE.name}: ${DATA_LICENSE.url}\n`,
      // Every seed quote on the map links to the document it was copied from.
      ...Object.fromEntries(seeds),
    };
  };
  return {
    name: 'region-dataset',
    // Before anything is built, where Vite itself reports an error: a bad record stops the build
    // with the validator's messages and nothing else (no stack, no later plugin's complaint).
    config(_config, { command }) {
      if (command === 'build') published();
    },
    generateBundle() {
      for (const [fileName, source] of Object.entries(published())) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
    configureServer(server) {
      // The dev server keeps running on a broken dataset, and says what is wrong at once.
      try {
        published();
      } catch (error) {
        server.config.logger.error(error instanceof Error ? error.message : String(error));
      }
      // Computed once, on the first request for a published file: validating the dataset takes
      // tens of milliseconds, too long to spend on every module the dev server answers.
      let files: Record<string, string> | undefined;
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0]?.replace(/^\//, '') ?? '';
        if (!PUBLISHED_FOLDERS.some((folder) => path.startsWith(folder))) return next();
        files ??= published();
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
