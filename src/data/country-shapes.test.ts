import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { countryChecks } from './country-shapes.ts';
import { REGIONS } from './regions.ts';

const checks = countryChecks(
  countries50m as unknown as Topology<{ countries: GeometryCollection }>,
);

describe('country checks from the platform’s names', () => {
  it('knows real codes and refuses groupings and unassigned ones', () => {
    expect(['US', 'HK', 'FR', 'XK'].every(checks.isCountryCode)).toBe(true);
    expect(['XX', 'ZZ', 'EU', 'UN', 'us', 'USA', ''].some(checks.isCountryCode)).toBe(false);
  });

  it('finds the shape of every country in the dataset, and each pin on or by it', () => {
    for (const region of REGIONS) {
      const km = checks.distanceToCountryKm(region.country, region.lat, region.lon);
      expect(km, `${region.id} in ${region.country}`).toBeDefined();
      expect(km!, region.id).toBeLessThan(50);
    }
  });

  it('tells a pin in the wrong country', () => {
    // Paris's pin, said to be in Germany: hundreds of kilometres out.
    expect(checks.distanceToCountryKm('DE', 48.86, 2.35)).toBeGreaterThan(200);
    expect(checks.distanceToCountryKm('US', 38.9, -77.0)).toBe(0);
  });
});
