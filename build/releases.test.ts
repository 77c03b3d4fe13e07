import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { versionOf } from '../src/data/changelog.ts';
import { CHANGES } from '../src/data/changes.ts';
import { validateChanges } from '../src/data/validate.ts';
import { releaseProblems } from './data-release.ts';
import { validationContext } from './dataset.ts';
import { currentDataset, readReleases, RELEASES_DIR, releaseText } from './releases.ts';

const scratch: string[] = [];
afterEach(() => scratch.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the releases folder to spoil. */
function copyOfReleases(): string {
  const dir = mkdtempSync(join(tmpdir(), 'footprint-releases-'));
  scratch.push(dir);
  cpSync(RELEASES_DIR, dir, { recursive: true });
  return dir;
}

describe('the published versions of the data', () => {
  it('are each exactly as released, in order of their days', () => {
    const versions = readReleases().map((release) => release.version);
    expect(versions.length).toBeGreaterThan(0);
    expect(versions).toEqual([...versions].sort());
  });

  it('fail when a published version’s data would change', () => {
    const dir = copyOfReleases();
    const [first] = readReleases(dir);
    const file = join(dir, `${first!.version}.json`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Hangzhou"', '"Hangchow"'));
    expect(() => readReleases(dir)).toThrow(/changed since it was released/);
  });

  it('differ from the data as it is now only as the changelog’s newer entries say', () => {
    expect(releaseProblems().problems).toEqual([]);
  });

  it('include the data as it is now, which a build publishes (else: npm run data:release)', () => {
    const newest = readReleases().at(-1)!;
    expect(newest.version).toBe(versionOf(CHANGES));
    expect(releaseText(newest)).toBe(releaseText(currentDataset()));
  });
});

describe('the changelog', () => {
  it('validates like the dataset', () => {
    expect(validateChanges(CHANGES, validationContext())).toEqual([]);
  });
});
