/**
 * `npm run build` on a dataset a maintainer has broken, one kind of bad record at a time: the build
 * stops, and what it prints is the validator's message and nothing else. Each build runs in a copy
 * of the project whose `src/data/regions.ts` exports the real dataset with one record changed, as a
 * maintainer's edit would leave it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/data/regions.ts';
import { regionDataset } from '../../build/dataset.ts';

const ROOT = join(import.meta.dirname, '../..');
/** What the copy leaves out: installed packages (linked instead), builds, history, test output. */
const LEFT_OUT = new Set(['node_modules', 'dist', '.git', 'tests/output']);

let copy = '';

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'footprint-bad-data-'));
  cpSync(ROOT, copy, {
    recursive: true,
    filter: (source) => !LEFT_OUT.has(relative(ROOT, source)),
  });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  renameSync(join(copy, 'src/data/regions.ts'), join(copy, 'src/data/regions-as-written.ts'));
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/**
 * Runs `npm run build` with the dataset `edit` makes of the real one (TypeScript, with `REGIONS`,
 * `paris` and `atlanta` in scope) and returns what it printed, npm's own lines and colours aside.
 */
function buildWith(edit: string): { status: number | null; printed: string } {
  writeFileSync(
    join(copy, 'src/data/regions.ts'),
    `import { REGIONS as AS_WRITTEN } from './regions-as-written.ts';
const paris = AS_WRITTEN.find((region) => region.id === 'paris')!;
const atlanta = AS_WRITTEN.find((region) => region.id === 'atlanta')!;
const others = AS_WRITTEN.filter((region) => region !== paris && region !== atlanta);
export const REGIONS = ${edit};
`,
  );
  const run = spawnSync('npm', ['run', 'build'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', NODE_ENV: 'production' },
  });
  const printed = `${run.stdout}\n${run.stderr}`
    // eslint-disable-next-line no-control-regex -- colour codes, should a terminal ask for them
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('> '))
    .join('\n');
  return { status: run.status, printed };
}

const withParis = (changed: string) => `[...others, atlanta, ${changed}]`;

describe('npm run build on a broken dataset', () => {
  it.each([
    [
      'swapped lat and lon',
      withParis('{ ...paris, lat: paris.lon, lon: paris.lat }'),
      /^paris\.lat\/lon: lies \d+ km outside FR$/,
    ],
    [
      'an event with no source',
      withParis(
        '{ ...paris, events: [{ ...paris.events[0]!, sources: [] }, ...paris.events.slice(1)] }',
      ),
      /^paris\.events\[0\]\.sources: every fact needs at least one source$/,
    ],
    [
      'a date that does not exist',
      withParis(
        '{ ...paris, events: [paris.events[0]!, { ...paris.events[1]!, date: "2026-13-01" }] }',
      ),
      /^paris\.events\[1\]\.date: "2026-13-01" is not YYYY, YYYY-MM or YYYY-MM-DD$/,
    ],
    [
      'events out of order',
      withParis('{ ...paris, events: [...paris.events].reverse() }'),
      /^paris\.events\[1\]\.date: 2025-09-24 comes before the previous event \(2026-06-17\)$/,
    ],
    [
      'a second record with an id already taken',
      `[...AS_WRITTEN, { ...paris, name: 'Paris Saclay', regionId: undefined, regionIdEvidence: undefined }]`,
      /^paris\.id: repeats the id of record \d+ of \d+: record \d+ \(Paris Saclay\) needs one of its own$/,
    ],
    [
      'a source on plain http',
      withParis(
        `{ ...paris, events: [{ ...paris.events[0]!, sources: [{ url: 'http://example.org/paris', title: 'A report', publisher: 'Example News' }] }, ...paris.events.slice(1)] }`,
      ),
      /^paris\.events\[0\]\.sources\[0\]\.url: must be an https:\/\/ URL$/,
    ],
    [
      'a region named after its city with no Chinese name',
      `[...others, paris, { ...atlanta, officialName: { en: atlanta.officialName!.en } }]`,
      /^atlanta\.officialName\.zh: must name the region in zh-CN, where the map titles it by that name/,
    ],
  ])('stops on %s, printing only the validator’s message', (_kind, edit, problem) => {
    const { status, printed } = buildWith(edit);
    expect(status).toBe(1);
    const lines = printed.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'error during build:',
      'The region dataset has 1 problem(s):',
    ]);
    expect(lines.slice(2)).toHaveLength(1);
    expect(lines[2]).toMatch(problem);
  });
});

type Middleware = (
  request: { url: string },
  response: { setHeader(name: string, value: string): void; end(body: string): void },
  next: () => void,
) => void;

/** What the dev server answers for `url`: a published file's body, or passed on (`next`). */
function devServerAnswer(url: string): { body?: string; passed: boolean } {
  let middleware: Middleware | undefined;
  const server = {
    config: { logger: { error: (message: string) => expect.fail(message) } },
    middlewares: { use: (handler: Middleware) => (middleware = handler) },
  };
  (regionDataset(REGIONS).configureServer as (server: unknown) => void)(server);
  const answer: { body?: string; passed: boolean } = { passed: false };
  middleware!(
    { url },
    { setHeader: () => undefined, end: (body) => (answer.body = body) },
    () => (answer.passed = true),
  );
  return answer;
}

describe('the dev server', () => {
  it('serves the published data', () => {
    expect(devServerAnswer('/data/regions.csv?t=1').body).toMatch(/^\uFEFFid,regionId,name,/);
  });

  it.each(['/__proto__', '/constructor', '/toString', '/data/__proto__', '/seeds/constructor'])(
    'passes %s on to the next handler (a 404), never an object’s member',
    (url) => {
      expect(devServerAnswer(url)).toEqual({ passed: true });
    },
  );
});
