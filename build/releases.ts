/**
 * Published versions of the dataset. Each is frozen in `src/data/releases/VERSION.json` the day it
 * is released (`npm run data:release`) and never changes: `index.json` beside them records each
 * file's SHA-256, and a test fails if a file no longer matches it. The build publishes every
 * version under `v/VERSION/`, where archived embeds keep showing it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { versionOf } from '../src/data/changelog.ts';
import { CHANGES } from '../src/data/changes.ts';
import { isVersion, type Dataset } from '../src/data/dataset.ts';
import { MILESTONES } from '../src/data/milestones.ts';
import { PUBLISHED_TOTALS } from '../src/data/published-totals.ts';
import { REGIONS as AWS } from '../src/data/providers/aws.ts';
import { REGIONS as AZURE } from '../src/data/providers/azure.ts';
import { REGIONS as GOOGLE } from '../src/data/providers/google.ts';
import { REGIONS } from '../src/data/regions.ts';
import { PEER_PROVIDERS } from '../src/data/types.ts';

export const RELEASES_DIR = join(import.meta.dirname, '../src/data/releases');
const indexOf = (dir: string) => join(dir, 'index.json');

/** The dataset as the modules hold it now, at the changelog's version. */
export function currentDataset(): Dataset {
  return {
    version: versionOf(CHANGES),
    regions: REGIONS,
    milestones: MILESTONES,
    publishedTotals: PUBLISHED_TOTALS,
    aws: AWS,
    azure: AZURE,
    google: GOOGLE,
  };
}

/**
 * A version frozen as text: the same dataset always gives the same bytes. The other providers'
 * datasets follow Alibaba's in a version that has them, so an older version's text is as it was.
 */
export function releaseText(dataset: Dataset): string {
  const { version, regions, milestones, publishedTotals } = dataset;
  const peers = Object.fromEntries(
    PEER_PROVIDERS.filter((provider) => dataset[provider]).map((p) => [p, dataset[p]]),
  );
  return (
    JSON.stringify({ version, regions, milestones, publishedTotals, ...peers }, null, 1) + '\n'
  );
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Each released version's SHA-256, as recorded when it was released. */
export function releaseIndex(dir = RELEASES_DIR): Record<string, string> {
  const index = indexOf(dir);
  return existsSync(index)
    ? (JSON.parse(readFileSync(index, 'utf8')) as Record<string, string>)
    : {};
}

/** The files in the releases folder, version by version. */
export function releaseFiles(dir = RELEASES_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name !== 'index.json' && name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/**
 * Every released version, oldest first, each checked against the hash recorded at its release: a
 * published version that would change stops the build and the tests.
 */
export function readReleases(dir = RELEASES_DIR): Dataset[] {
  const index = releaseIndex(dir);
  const problems: string[] = [];
  const versions = releaseFiles(dir);
  for (const version of Object.keys(index)) {
    if (!versions.includes(version)) problems.push(`${version}: recorded, but its file is gone`);
  }
  const releases = versions.map((version) => {
    const text = readFileSync(join(dir, `${version}.json`), 'utf8');
    const dataset = JSON.parse(text) as Dataset;
    if (!isVersion(version) || dataset.version !== version) {
      problems.push(`${version}.json: names version ${JSON.stringify(dataset.version)}`);
    }
    if (index[version] === undefined) problems.push(`${version}: not recorded in index.json`);
    else if (index[version] !== sha256(text)) {
      problems.push(`${version}: changed since it was released; a published version never changes`);
    }
    return dataset;
  });
  if (problems.length > 0) {
    throw new Error(`The published versions of the data:\n${problems.join('\n')}`);
  }
  return releases;
}

/** Freezes `dataset` as a published version and records its hash. */
export function writeRelease(dataset: Dataset, dir = RELEASES_DIR): void {
  const text = releaseText(dataset);
  writeFileSync(join(dir, `${dataset.version}.json`), text);
  const index = { ...releaseIndex(dir), [dataset.version]: sha256(text) };
  const sorted = Object.fromEntries(Object.entries(index).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(indexOf(dir), JSON.stringify(sorted, null, 2) + '\n');
}
