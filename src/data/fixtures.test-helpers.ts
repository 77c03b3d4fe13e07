import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';
import { countryChecks } from './country-shapes';
import type { Region } from './types';
import type { ValidationContext } from './validate';

const SEEDS_DIR = join(import.meta.dirname, '../../seeds');

export function seedTexts(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(SEEDS_DIR).map((name) => [name, readFileSync(join(SEEDS_DIR, name), 'utf8')]),
  );
}

let context: ValidationContext | undefined;

/** The same checks the build runs: real seeds and world-atlas 50m shapes. */
export function validationContext(): ValidationContext {
  context ??= {
    seeds: seedTexts(),
    ...countryChecks(countries50m as unknown as Topology<{ countries: GeometryCollection }>),
  };
  return context;
}

const source = {
  url: 'https://example.org/news',
  title: 'A report',
  publisher: 'Example News',
  date: '2020-01-01',
};

/** A small, valid region; override fields to build the case a test needs. */
export function region(overrides: Partial<Region> & Pick<Region, 'id'>): Region {
  return {
    name: overrides.id,
    city: 'Frankfurt',
    country: 'DE',
    lat: 50.11,
    lon: 8.68,
    precision: 'city',
    events: [{ type: 'opened', date: '2016', sources: [source] }],
    ...overrides,
  };
}

export function event(type: Region['events'][number]['type'], date: string) {
  return { type, date, sources: [source] };
}
