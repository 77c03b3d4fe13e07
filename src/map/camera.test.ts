import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { fitCamera, inverseMercator, mercator, projectPoint, TILE_SIZE } from './camera';

describe('the shared camera', () => {
  it('round-trips Web Mercator', () => {
    const [lon, lat] = inverseMercator(...mercator(2.35, 48.86));
    expect(lon).toBeCloseTo(2.35, 9);
    expect(lat).toBeCloseTo(48.86, 9);
  });

  it('fits the bounds to the tighter side of the box', () => {
    const wide = fitCamera(
      [
        [-180, -60],
        [180, 60],
      ],
      2048,
      400,
    );
    const corner = projectPoint(wide, 2048, 400, -180, 60);
    expect(corner.y).toBeCloseTo(0, 6);
    expect(corner.x).toBeGreaterThan(0);
  });

  it('projects exactly as d3-geo does with the matching Mercator scale', () => {
    const camera = { center: [15, 10] as [number, number], zoom: 1.3 };
    const projection = geoMercator()
      .scale((TILE_SIZE * 2 ** camera.zoom) / (2 * Math.PI))
      .center(camera.center)
      .translate([400, 300]);
    for (const [lon, lat] of [
      [2.35, 48.86],
      [151.21, -33.87],
      [-122.03, 37.33],
    ] as const) {
      const ours = projectPoint(camera, 800, 600, lon, lat);
      const d3 = projection([lon, lat])!;
      expect(ours.x).toBeCloseTo(d3[0], 6);
      expect(ours.y).toBeCloseTo(d3[1], 6);
    }
  });
});
