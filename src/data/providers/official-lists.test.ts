/**
 * Each provider's regions running today, held against the provider's own machine-readable list as
 * read into `tests/fixtures/providers/` (README, "Other providers"). A region a provider adds or
 * drops shows up here when the fixture is refreshed; every difference left is one README explains.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isRunning, statusAt } from '../status.ts';
import type { PeerProvider, Region } from '../types.ts';
import { REGIONS as AWS } from './aws.ts';
import { REGIONS as AZURE } from './azure.ts';
import { REGIONS as GOOGLE } from './google.ts';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL(`../../../tests/fixtures/providers/${name}`, import.meta.url), 'utf8'),
  );

/** Each list's region IDs and the day it was read (the map's status is taken on that day). */
const OFFICIAL: Record<PeerProvider, { ids: string[]; on: string; regions: readonly Region[] }> = {
  aws: (() => {
    const list = fixture('aws-partitions.json') as {
      regions: Record<string, string>;
      awsCn: Record<string, string>;
      source: { publishedAt: string };
    };
    // The map keeps the two China regions partners run for AWS, from the `aws-cn` partition.
    const ids = [...Object.keys(list.regions), ...Object.keys(list.awsCn)];
    return { ids, on: list.source.publishedAt.slice(0, 10), regions: AWS };
  })(),
  azure: (() => {
    const list = fixture('azure-regions-list.json') as {
      regions: { programmaticName: string }[];
      source: { commitDate: string };
    };
    const ids = list.regions.map((region) => region.programmaticName);
    return { ids, on: list.source.commitDate, regions: AZURE };
  })(),
  google: (() => {
    const list = fixture('google-regions-list.json') as { regions: { regionId: string }[] };
    // Google's pages carry no date; they were read for the data version of 6 December 2026.
    return {
      ids: list.regions.map((region) => region.regionId),
      on: '2026-12-06',
      regions: GOOGLE,
    };
  })(),
};

/**
 * The differences README explains: a region in the provider's list that the map does not show as
 * running on that day (`listedOnly`), and one the map shows running that the list lacks (`mapOnly`).
 */
const EXPLAINED: Record<PeerProvider, { listedOnly: string[]; mapOnly: string[] }> = {
  // AWS's SDK names two regions before they open (Israel's second, Chile): the map shows them
  // announced.
  aws: { listedOnly: ['me-west-1', 'sa-west-1'], mapOnly: [] },
  // Microsoft's list leaves out Jio's two Indian regions and Sweden South (restricted, shown only
  // as a pair); the map keeps them, as listed, never as operating.
  azure: { listedOnly: [], mapOnly: [] },
  google: { listedOnly: [], mapOnly: [] },
};

describe('each provider’s regions running today', () => {
  it.each(Object.keys(OFFICIAL) as PeerProvider[])(
    'match %s’s own list, but for the differences README explains',
    (provider) => {
      const { ids, on, regions } = OFFICIAL[provider];
      const running = regions
        .filter((region) => isRunning(statusAt(region, on)))
        .map((region) => region.regionId ?? region.id);
      const listed = new Set(ids);
      expect({
        listedOnly: ids.filter((id) => !running.includes(id)).sort(),
        mapOnly: running.filter((id) => !listed.has(id)).sort(),
      }).toEqual(EXPLAINED[provider]);
    },
  );
});
