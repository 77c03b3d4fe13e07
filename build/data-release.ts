/**
 * `npm run data:release`: publishes the dataset as a new version, frozen in
 * `src/data/releases/VERSION.json` (VERSION the day of the changelog's newest entry). It refuses a
 * dataset that does not validate, a change the changelog does not explain, and a second release of a
 * day already released. `--draft` prints the changes still unexplained as entries to complete.
 */
import { versionOf } from '../src/data/changelog.ts';
import { CHANGES } from '../src/data/changes.ts';
import { diffDatasets, unexplained } from '../src/data/dataset-diff.ts';
import { PEER_PROVIDERS } from '../src/data/types.ts';
import { assertValidChanges, assertValidRegions } from '../src/data/validate.ts';
import { validationContext } from './dataset.ts';
import { currentDataset, readReleases, releaseText, writeRelease } from './releases.ts';

/** What the dataset owes the changelog since the newest release: empty when every change is told. */
export function releaseProblems(): { version: string; problems: string[]; draft: string } {
  const current = currentDataset();
  const releases = readReleases();
  const newest = releases.at(-1);
  if (!newest) return { version: current.version, problems: [], draft: '' };
  if (current.version === newest.version) {
    const same = releaseText(current) === releaseText(newest);
    return {
      version: current.version,
      problems: same
        ? []
        : [
            `the data differs from version ${newest.version}, which is published and never changes: ` +
              'record the change in a changelog entry dated the day you release it',
          ],
      draft: '',
    };
  }
  const diff = diffDatasets(newest, current);
  const after = CHANGES.filter((entry) => entry.date > newest.version);
  const problems = unexplained(diff, after);
  const told = new Set(
    after.flatMap((entry) =>
      entry.changes.map((c) => JSON.stringify([c.collection, c.record, c.field])),
    ),
  );
  const untold = diff.filter((c) => !told.has(JSON.stringify([c.collection, c.record, c.field])));
  return { version: current.version, problems, draft: JSON.stringify(untold, null, 2) };
}

export async function main(args: readonly string[]): Promise<number> {
  const context = validationContext();
  const current = currentDataset();
  assertValidRegions(current.regions, context);
  for (const provider of PEER_PROVIDERS) assertValidRegions(current[provider], context, provider);
  assertValidChanges(CHANGES, context);
  const { version, problems, draft } = releaseProblems();
  if (problems.length > 0) {
    console.error(`The data cannot be released as ${version}:\n${problems.join('\n')}`);
    if (args.includes('--draft') && draft !== '[]') {
      console.error(`\nThe changes no entry tells yet, for an entry's "changes":\n${draft}`);
    }
    return 1;
  }
  const newest = readReleases().at(-1);
  if (newest?.version === version) {
    console.log(`Version ${version} is already released; nothing to do.`);
    return 0;
  }
  writeRelease(currentDataset());
  console.log(
    `Released the data as version ${versionOf(CHANGES)}: src/data/releases/${version}.json. ` +
      'Commit it with the changelog; it never changes.',
  );
  return 0;
}
