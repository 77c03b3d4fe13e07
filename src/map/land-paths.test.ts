import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { geoMercator, geoPath } from 'd3-geo';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import type { WorldTopology } from './basemap.ts';
import { compactPath, landPaths } from './land-paths.ts';

/** Every subpath of path data as its absolute points, whichever way the data was written. */
function points(d: string): [number, number][][] {
  const paths: [number, number][][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLlZz])([^MLlZz]*)/g)) {
    const numbers = (args!.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    if (command === 'M') {
      [x, y] = numbers as [number, number];
      paths.push([[x, y]]);
    }
    for (let i = 0; i + 1 < numbers.length && command !== 'M'; i += 2) {
      [x, y] =
        command === 'l' ? [x + numbers[i]!, y + numbers[i + 1]!] : [numbers[i]!, numbers[i + 1]!];
      const path = paths.at(-1)!;
      const [lastX, lastY] = path.at(-1)!;
      if (lastX !== x || lastY !== y) path.push([x, y]);
    }
  }
  return paths;
}

describe('compactPath', () => {
  it('draws the same points, rings and lines', () => {
    const d = 'M10,5L12,5L12,5L11,-3L-4,-3ZM-170,397L-170,397L-169,399M0,0L2,2';
    expect(compactPath(d)).toBe('M10 5l2 0-1-8-15 0zM-170 397l1 2M0 0l2 2');
    expect(points(compactPath(d))).toEqual(points(d));
  });

  it('keeps every point of the whole world as d3 draws it, in about half the gzipped bytes', () => {
    const world = countries110m as unknown as WorldTopology;
    const projection = geoMercator().scale(150).translate([480, 300]);
    const raw = geoPath(projection).digits(0)(feature(world, world.objects.countries)) ?? '';
    const compact = compactPath(raw);
    expect(points(compact)).toEqual(points(raw));
    expect(gzipSync(compact).length).toBeLessThan(0.6 * gzipSync(raw).length);
  });

  it('is what the build draws the countries with', () => {
    const world = countries110m as unknown as WorldTopology;
    const view = {
      camera: { center: [60, 20] as [number, number], zoom: 0.9 },
      width: 960,
      height: 600,
    };
    const { land, borders } = landPaths(world, view);
    expect(land).toMatch(/^M-?\d+ -?\d+l/);
    expect(borders).not.toMatch(/L/);
  });
});
