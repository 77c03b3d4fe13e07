import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
  constrainCamera,
  fitCamera,
  inverseMercator,
  MAX_ZOOM,
  mercator,
  MIN_ZOOM,
  panCamera,
  projectPoint,
  TILE_SIZE,
  zoomCameraAt,
} from './camera.ts';

describe('the shared camera', () => {
  it('round-trips Web Mercator', () => {
    const [lon, lat] = inverseMercator(...mercator(2.35, 48.86));
    expect(lon).toBeCloseTo(2.35, 9);
    expect(lat).toBeCloseTo(48.86, 9);
  });

  it('fits the bounds to the tighter side of the box', () => {
    const wide = fitCamera(
      [
        [-60, -30],
        [60, 30],
      ],
      2048,
      400,
    );
    const corner = projectPoint(wide, 2048, 400, -60, 30);
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

  it.each([
    [375, 429],
    [912, 712],
    [300, 220],
    [1200, 560],
  ])('keeps the world filling a %ix%i box, as MapLibre without world copies does', (w, h) => {
    for (const camera of [
      fitCamera(
        [
          [-135, -45],
          [165, 65],
        ],
        w,
        h,
      ),
      constrainCamera({ center: [170, 80], zoom: -1 }, w, h),
      constrainCamera({ center: [-179, -84], zoom: 3 }, w, h),
    ]) {
      const topLeft = projectPoint(camera, w, h, -180, 85.0511287798);
      const bottomRight = projectPoint(camera, w, h, 180, -85.0511287798);
      expect(topLeft.x).toBeLessThanOrEqual(1e-6);
      expect(topLeft.y).toBeLessThanOrEqual(1e-6);
      expect(bottomRight.x).toBeGreaterThanOrEqual(w - 1e-6);
      expect(bottomRight.y).toBeGreaterThanOrEqual(h - 1e-6);
    }
  });

  it('leaves a camera that already fits alone', () => {
    const camera = { center: [100, 20] as [number, number], zoom: 2 };
    expect(constrainCamera(camera, 800, 600)).toEqual({
      center: [expect.closeTo(100, 9), expect.closeTo(20, 9)],
      zoom: 2,
    });
  });
});

describe('moving the camera by hand', () => {
  const start = { center: [10, 20] as [number, number], zoom: 2 };

  it('pans so the world follows the pointer, and back', () => {
    const moved = panCamera(start, 100, -40);
    expect(moved.center[0]).toBeLessThan(start.center[0]);
    expect(moved.center[1]).toBeLessThan(start.center[1]);
    const back = panCamera(moved, -100, 40);
    expect(back.center[0]).toBeCloseTo(10, 6);
    expect(back.center[1]).toBeCloseTo(20, 6);
  });

  it('zooms about the pointer: the place under it stays under it', () => {
    const [px, py] = [150, -80];
    const under = (camera: typeof start) => {
      const size = 512 * 2 ** camera.zoom;
      const [x, y] = mercator(...camera.center);
      return [x + px / size, y + py / size];
    };
    const zoomed = zoomCameraAt(start, 1, px, py);
    expect(zoomed.zoom).toBe(3);
    expect(under(zoomed)[0]).toBeCloseTo(under(start)[0]!, 9);
    expect(under(zoomed)[1]).toBeCloseTo(under(start)[1]!, 9);
  });

  it('stops at the zoom limits', () => {
    expect(zoomCameraAt(start, 100).zoom).toBe(MAX_ZOOM);
    expect(zoomCameraAt(start, -100).zoom).toBe(MIN_ZOOM);
  });
});
