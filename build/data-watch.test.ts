import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { describeReport, main, regionIdsIn, untar, watch, type Fetch } from './data-watch.ts';

const FIXTURES = join(import.meta.dirname, '../tests/fixtures/data-watch');
const REGISTRY = 'https://registry.invalid/';

/**
 * The registry as the fixtures stand for it: the packument, and three versions packed by
 * `npm pack` (6.0.0 lists only internal IDs; 7.2.0 adds ap-northeast-9 and drops me-east-1).
 * Every request a test makes is answered here: none leaves the machine.
 */
const registry: Fetch = async (url) => {
  const file =
    url === `${REGISTRY}@alicloud%2fcs20151215`
      ? 'packument.json'
      : /\/cs20151215-(\d+\.\d+\.\d+)\.tgz$/.exec(url)?.[1] &&
        `alicloud-cs20151215-${/\/cs20151215-(\d+\.\d+\.\d+)\.tgz$/.exec(url)![1]}.tgz`;
  if (!file)
    return {
      ok: false,
      status: 404,
      json: async () => ({}),
      arrayBuffer: async () => new ArrayBuffer(0),
    };
  const bytes = readFileSync(join(FIXTURES, file));
  return {
    ok: true,
    status: 200,
    json: async () => JSON.parse(bytes.toString('utf8')),
    arrayBuffer: async () =>
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  };
};

const KNOWN = new Set(['cn-hangzhou', 'eu-central-1', 'me-east-1', 'ap-south-1']);

describe('the watch on Alibaba’s SDK packages', () => {
  it('reads a packed client’s public region IDs, leaving internal and finance ones out', () => {
    const files = untar(readFileSync(join(FIXTURES, 'alicloud-cs20151215-7.1.1.tgz')));
    expect(regionIdsIn(files.get('package/dist/client.js')!, 'cs')).toEqual([
      'cn-hangzhou',
      'eu-central-1',
      'me-east-1',
    ]);
  });

  it('reports a region ID the map lacks, one it had that the newest version dropped, and each version’s changes', async () => {
    const report = await watch({ fetch: registry, registry: REGISTRY, known: KNOWN });
    expect(report.unknown).toEqual(['ap-northeast-9']);
    expect(report.dropped).toEqual(['me-east-1']);
    expect(report.neverListed).toEqual(['ap-south-1']);
    const [versions] = report.packages.map((p) => p.versions);
    expect(versions!.map((v) => [v.version, v.added, v.removed])).toEqual([
      ['6.0.0', [], []],
      ['7.1.1', [], []],
      ['7.2.0', ['ap-northeast-9'], ['me-east-1']],
    ]);
    expect(describeReport(report)).toContain(
      'Region IDs the map lacks, to research (a listing is not an opening): ap-northeast-9',
    );
  });

  it('exits 1 with the list when something is new, 0 when nothing is, 2 when the registry cannot be read', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await main([], registry, REGISTRY, KNOWN)).toBe(1);
      expect(log.mock.calls.at(-1)?.[0]).toMatch(/ap-northeast-9/);
      const quiet: Fetch = async (url) => {
        const answer = await registry(url);
        if (!url.endsWith('7.2.0.tgz')) return answer;
        return registry(url.replace('7.2.0', '7.1.1'));
      };
      // The map already has every ID the newest version lists: nothing to look at.
      const everything = new Set([...KNOWN, 'ap-northeast-9']);
      expect(await main([], quiet, REGISTRY, everything)).toBe(0);
      expect(log.mock.calls.at(-1)?.[0]).toMatch(/No region ID the map lacks/);
      const offline: Fetch = () => Promise.reject(new Error('getaddrinfo ENOTFOUND'));
      expect(await main([], offline, REGISTRY, KNOWN)).toBe(2);
      expect(error.mock.calls.at(-1)?.[0]).toMatch(/registry could not be read.*ENOTFOUND/);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });
});
