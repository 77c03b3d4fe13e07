/**
 * `npm run data:watch`: reads Alibaba's own SDK packages on the npm registry, whose clients carry
 * maps of region IDs to endpoints, and reports to the maintainer what they say that the dataset
 * does not: region IDs the map lacks (each a lead to research, never a fact: an ID can be listed
 * long before a region opens), IDs the map has that a package stopped listing, and what each
 * version of each package changed. It edits nothing. Exit code: 0 nothing new, 1 something to look
 * at, 2 the registry could not be read.
 */
import { gunzipSync } from 'node:zlib';
import { REGIONS } from '../src/data/regions.ts';

/** A package to watch, and the file in it that holds its endpoint map. */
export interface WatchedPackage {
  name: string;
  /** The client's compiled code inside the tarball. */
  file: string;
  /** The product's endpoint prefix: a public region's entry is `'ID': "PREFIX.ID.aliyuncs.com"`. */
  product: string;
}

/**
 * The Container Service client lists every public region by name, where Alibaba's ECS and VPC
 * clients resolve public regions by a rule and list only their special endpoints.
 */
export const WATCHED: readonly WatchedPackage[] = [
  { name: '@alicloud/cs20151215', file: 'package/dist/client.js', product: 'cs' },
];

/**
 * IDs that are not public regions: finance and government clouds, disaster-recovery and internal
 * zones (`cn-shanghai-finance-1`, `cn-north-2-gov-1`, `cn-heyuan-acdr-1`, `cn-zhangjiakou-gic-1`).
 */
const INTERNAL = /-finance|-gov-|-acdr-|-gic-/;

/** The public region IDs a client's code maps to their own endpoints, sorted. */
export function regionIdsIn(code: string, product: string): string[] {
  const entry = new RegExp(`'([a-z0-9-]+)':\\s*"${product}\\.\\1\\.aliyuncs\\.com"`, 'g');
  const ids = new Set([...code.matchAll(entry)].map((match) => match[1]!));
  return [...ids].filter((id) => !INTERNAL.test(id)).sort();
}

/** The files of a gzipped tarball (ustar, as `npm pack` writes it), by name. */
export function untar(gzipped: Uint8Array): Map<string, string> {
  const tar = gunzipSync(gzipped);
  const files = new Map<string, string>();
  const text = (start: number, length: number) =>
    tar
      .subarray(start, start + length)
      .toString('utf8')
      .replace(/\0.*$/s, '');
  for (let at = 0; at + 512 <= tar.length;) {
    const name = text(at, 100);
    if (!name) break;
    const prefix = text(at + 345, 155);
    const size = parseInt(text(at + 124, 12).trim() || '0', 8);
    const type = text(at + 156, 1);
    if (type === '0' || type === '') {
      files.set(
        prefix ? `${prefix}/${name}` : name,
        tar.subarray(at + 512, at + 512 + size).toString('utf8'),
      );
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** What `fetch` answers, as far as the watch reads it (a test passes its own). */
export type Fetch = (url: string) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}>;

interface Packument {
  versions: Record<string, { dist?: { tarball?: string } }>;
  time?: Record<string, string>;
}

export interface VersionReport {
  version: string;
  /** When the registry says it was published: not when any region opened. */
  published: string | undefined;
  ids: string[];
  /** Against the version before it, from the first that lists public regions. */
  added: string[];
  removed: string[];
}

export interface WatchReport {
  packages: Array<{ name: string; versions: VersionReport[] }>;
  /** Listed by a package's newest version, and in no region of the dataset: to research. */
  unknown: string[];
  /** In the dataset, listed by a package's version before its newest, and no longer. */
  dropped: string[];
  /** In the dataset, and in no version of any package (regions resolved by rule, or closed). */
  neverListed: string[];
}

/** Orders versions as npm does for plain `x.y.z`: the registry's times are not in that order. */
function byVersion(a: string, b: string): number {
  const parts = (version: string) => version.split(/[.-]/).map((part) => Number(part) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Thrown when the registry cannot be read: the watch then says so and exits 2. */
export class RegistryError extends Error {}

async function read(fetch: Fetch, url: string): Promise<Awaited<ReturnType<Fetch>>> {
  let response: Awaited<ReturnType<Fetch>>;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new RegistryError(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw new RegistryError(`${url}: HTTP ${response.status}`);
  return response;
}

/** Reads every watched package's versions and holds them against the dataset's region IDs. */
export async function watch(options: {
  fetch: Fetch;
  registry: string;
  known: ReadonlySet<string>;
  packages?: readonly WatchedPackage[];
}): Promise<WatchReport> {
  const report: WatchReport = { packages: [], unknown: [], dropped: [], neverListed: [] };
  const everListed = new Set<string>();
  const unknown = new Set<string>();
  const dropped = new Set<string>();
  for (const watched of options.packages ?? WATCHED) {
    const url = new URL(watched.name.replace('/', '%2f'), options.registry).href;
    const packument = (await (await read(options.fetch, url)).json()) as Packument;
    const versions: VersionReport[] = [];
    for (const version of Object.keys(packument.versions).sort(byVersion)) {
      const tarball = packument.versions[version]?.dist?.tarball;
      if (!tarball) continue;
      const bytes = new Uint8Array(await (await read(options.fetch, tarball)).arrayBuffer());
      const code = untar(bytes).get(watched.file) ?? '';
      const ids = regionIdsIn(code, watched.product);
      ids.forEach((id) => everListed.add(id));
      const before = versions.findLast((earlier) => earlier.ids.length > 0)?.ids;
      versions.push({
        version,
        published: packument.time?.[version],
        ids,
        added: before ? ids.filter((id) => !before.includes(id)) : [],
        removed: before ? before.filter((id) => !ids.includes(id)) : [],
      });
    }
    const newest = versions.at(-1);
    for (const id of newest?.ids ?? []) if (!options.known.has(id)) unknown.add(id);
    for (const id of newest?.removed ?? []) if (options.known.has(id)) dropped.add(id);
    report.packages.push({ name: watched.name, versions });
  }
  report.unknown = [...unknown].sort();
  report.dropped = [...dropped].sort();
  report.neverListed = [...options.known].filter((id) => !everListed.has(id)).sort();
  return report;
}

/** The report as the maintainer reads it. */
export function describeReport(report: WatchReport): string {
  const lines: string[] = [];
  for (const { name, versions } of report.packages) {
    lines.push(`${name}:`);
    for (const v of versions) {
      const change = [...v.added.map((id) => `+${id}`), ...v.removed.map((id) => `-${id}`)].join(
        ' ',
      );
      lines.push(
        `  ${v.version} (published ${v.published?.slice(0, 10) ?? 'date unknown'}): ` +
          `${v.ids.length} public region IDs${change ? `; ${change}` : ''}`,
      );
    }
  }
  lines.push(
    report.unknown.length
      ? `Region IDs the map lacks, to research (a listing is not an opening): ${report.unknown.join(', ')}`
      : 'No region ID the map lacks.',
  );
  if (report.dropped.length) {
    lines.push(
      `Region IDs of the map that the newest version no longer lists (not evidence of a closure): ${report.dropped.join(', ')}`,
    );
  }
  if (report.neverListed.length) {
    lines.push(
      `For information, the map's IDs no version lists (resolved by rule, or closed): ${report.neverListed.join(', ')}`,
    );
  }
  return lines.join('\n');
}

/** The dataset's region IDs. */
export function knownRegionIds(): Set<string> {
  return new Set(REGIONS.flatMap((region) => (region.regionId ? [region.regionId] : [])));
}

export async function main(
  _args: readonly string[],
  fetch: Fetch = globalThis.fetch,
  registry = process.env.npm_config_registry ?? 'https://registry.npmjs.org/',
  known: ReadonlySet<string> = knownRegionIds(),
): Promise<number> {
  try {
    const report = await watch({
      fetch,
      registry: registry.endsWith('/') ? registry : `${registry}/`,
      known,
    });
    console.log(describeReport(report));
    return report.unknown.length + report.dropped.length > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    console.error(`The npm registry could not be read, so nothing was checked: ${error.message}`);
    return 2;
  }
}
