import worldUrl from 'world-atlas/countries-110m.json?url';
import { basemapFrom, type Basemap, type WorldTopology } from './basemap';

/**
 * The 110m countries file (about 38 KiB gzipped) is fetched as a hashed asset of our own origin:
 * cached for good by the browser, and no tile server or token involved.
 */
export async function loadBasemap(): Promise<Basemap> {
  const response = await fetch(worldUrl);
  if (!response.ok) throw new Error(`The basemap could not be loaded (${response.status})`);
  return basemapFrom((await response.json()) as WorldTopology);
}
