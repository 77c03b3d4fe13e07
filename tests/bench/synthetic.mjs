/**
 * A synthetic dataset for the 10,000-region runs: generated on the fly, never shipped. The same
 * generator feeds our site (through a Vite plugin that replaces `src/data/regions.ts`) and the
 * reference pages (`?n=10000`), so every page draws the same pins at the same years.
 */

import { seededRandom as generator } from '../random.mjs';

const SOURCE = { url: 'https://example.org', title: 't', publisher: 'p', date: '2020' };

/**
 * @param {string} type
 * @param {number} year
 * @param {number} [month]
 */
const event = (type, year, month) => ({
  type,
  date: month ? `${year}-${String(month).padStart(2, '0')}` : String(year),
  sources: [{ ...SOURCE }],
});

/**
 * `n` regions `r0` .. `r{n-1}`: latitude in [-50, 65], longitude in [-170, 175], one to three
 * events between 2010 and 2026 each. Most regions open (some after an announcement), some close
 * later, some are only announced.
 */
export function syntheticRegions(/** @type {number} */ n, seed = 20260101) {
  const random = generator(seed);
  const int = (/** @type {number} */ min, /** @type {number} */ max) =>
    min + Math.floor(random() * (max - min + 1));
  const regions = [];
  for (let i = 0; i < n; i++) {
    const first = int(2010, 2025);
    const month = int(1, 12);
    const kind = random();
    let events;
    if (kind < 0.15) {
      events = [event('announced', first, month)];
    } else if (kind < 0.3) {
      const closed = int(first + 1, 2026);
      events = [event('opened', first, month), event('closed', closed)];
    } else if (kind < 0.55) {
      events = [event('announced', first, month), event('opened', int(first + 1, 2026))];
    } else if (kind < 0.65) {
      const opened = int(first + 1, 2026);
      events = [
        event('announced', first, month),
        event('opened', opened),
        event('closed', Math.min(2026, opened + int(1, 5))),
      ];
    } else {
      events = [event('opened', first, month)];
    }
    regions.push({
      id: `r${i}`,
      name: `Synthetic ${i}`,
      city: `City ${i}`,
      country: 'US',
      lat: Math.round((-50 + random() * 115) * 100) / 100,
      lon: Math.round((-170 + random() * 345) * 100) / 100,
      precision: 'city',
      kind: 'public',
      zoneCounts: [{ date: String(first), count: int(1, 4), sources: [{ ...SOURCE }] }],
      events,
    });
  }
  return regions;
}

/**
 * A Vite plugin that swaps the module `src/data/regions.ts` for `n` synthetic regions.
 * @param {string} regionsModule
 * @param {number} n
 * @returns {import('vite').Plugin}
 */
export function syntheticDataset(regionsModule, n) {
  return {
    name: 'bench-synthetic-regions',
    enforce: 'pre',
    // Told to the prerender (`build/prerender.ts`): this site's pages get no layer views.
    api: { syntheticDataset: true },
    load(/** @type {string} */ id) {
      if (id.split('?')[0] !== regionsModule) return undefined;
      return `export const REGIONS = ${JSON.stringify(syntheticRegions(n))};\n`;
    },
  };
}
