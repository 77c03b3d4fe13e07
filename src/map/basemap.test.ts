import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-110m.json';
import { basemapFrom, unwrapRing, type WorldTopology } from './basemap.ts';

describe('basemap', () => {
  it('keeps a ring that crosses the antimeridian in one piece', () => {
    const ring = [
      [179, 60],
      [-179, 60],
      [-179, 62],
      [179, 62],
      [179, 60],
    ];
    const lons = unwrapRing(ring).map(([lon]) => lon!);
    expect(Math.max(...lons) - Math.min(...lons)).toBe(2);
  });

  it('leaves a ring that goes around the globe alone', () => {
    const ring = [
      [-180, -80],
      [-90, -80],
      [0, -80],
      [90, -80],
      [180, -80],
      [180, -90],
      [-180, -90],
      [-180, -80],
    ];
    expect(unwrapRing(ring)).toBe(ring);
  });

  it('turns world-atlas into countries and shared borders with no band across the map', () => {
    const basemap = basemapFrom(world as unknown as WorldTopology);
    expect(basemap.countries.features).toHaveLength(177);
    const russia = basemap.countries.features.find((country) => country.id === '643')!;
    const rings =
      russia.geometry.type === 'MultiPolygon'
        ? russia.geometry.coordinates.flat()
        : russia.geometry.coordinates;
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        expect(Math.abs(ring[i]![0]! - ring[i - 1]![0]!)).toBeLessThanOrEqual(180);
      }
    }
    expect(basemap.borders.geometry.coordinates.length).toBeGreaterThan(100);
  });
});
