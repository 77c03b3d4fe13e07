/**
 * The countries as SVG path data through a camera: what the build renders into the HTML and what
 * the browser draws once it has the shapes file. d3-geo and topojson-client live here alone, so
 * a page that only takes over the HTML's paths never downloads them.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { WorldTopology } from './basemap.ts';
import { TILE_SIZE } from './camera.ts';
import type { DrawnLand, View } from './drawn-land.ts';

interface Shapes {
  countries: ReturnType<typeof feature>;
  borders: ReturnType<typeof mesh>;
}

/** The shapes of a topology, converted once: a pan draws them again, it does not convert them. */
const shapesOf = new WeakMap<WorldTopology, Shapes>();

export function landPaths(world: WorldTopology, view: View): DrawnLand & View {
  let shapes = shapesOf.get(world);
  if (!shapes) {
    shapes = {
      countries: feature(world, world.objects.countries),
      borders: mesh(world, world.objects.countries, (a, b) => a !== b),
    };
    shapesOf.set(world, shapes);
  }
  const projection = geoMercator()
    .scale((TILE_SIZE * 2 ** view.camera.zoom) / (2 * Math.PI))
    .center(view.camera.center)
    .translate([view.width / 2, view.height / 2]);
  // A whole pixel is as fine as a screen shows at this camera, and keeps the built HTML small.
  const path = geoPath(projection).digits(0);
  return {
    land: compactPath(path(shapes.countries) ?? ''),
    borders: compactPath(path(shapes.borders) ?? ''),
    camera: view.camera,
    width: view.width,
    height: view.height,
  };
}

/**
 * d3's path data (`M1026,402L1027,402…Z`, whole pixels) as relative moves with the points that
 * rounding put on the same pixel left out: the same drawing in half the gzipped bytes, which the
 * build writes into every page's HTML.
 */
export function compactPath(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  let drawing = false;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      drawing = false;
      continue;
    }
    const [nextX, nextY] = args!.split(',').map(Number) as [number, number];
    if (command === 'M') {
      out += `M${nextX} ${nextY}`;
      drawing = false;
    } else if (nextX !== x || nextY !== y) {
      // A minus sign separates two numbers by itself; after the command letter nothing is needed.
      const dx = nextX - x;
      const dy = nextY - y;
      out += `${drawing ? (dx < 0 ? '' : ' ') : 'l'}${dx}${dy < 0 ? '' : ' '}${dy}`;
      drawing = true;
    }
    x = nextX;
    y = nextY;
  }
  return out;
}
