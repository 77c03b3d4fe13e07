import worldUrl from 'world-atlas/countries-110m.json?url';
import type { WorldTopology } from './basemap.ts';

/**
 * The 110m countries file (about 40 KiB gzipped) is fetched as a hashed asset of our own origin:
 * cached for good by the browser, no tile server or token involved. Both renderers draw from it.
 */
export async function loadWorld(): Promise<WorldTopology> {
  const response = await fetch(worldUrl);
  if (!response.ok) throw new Error(`The country shapes could not be loaded (${response.status})`);
  return (await response.json()) as WorldTopology;
}
