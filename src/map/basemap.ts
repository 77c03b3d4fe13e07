import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type WorldTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

export interface Basemap {
  countries: FeatureCollection<Polygon | MultiPolygon>;
  /** Borders between countries only, so coastlines are not drawn twice. */
  borders: Feature<MultiLineString>;
}

/**
 * Planar renderers draw a ring that jumps from +180 to -180 (Russia, Fiji) as a band across the
 * whole map. Shifting each point so consecutive longitudes never differ by more than 180 degrees
 * keeps the shape whole (longitudes may pass 180; MapLibre draws them on the next world copy). A
 * ring that goes once around the globe (Antarctica) has a net 360-degree turn and is left as it is.
 */
export function unwrapRing(ring: Position[]): Position[] {
  if (ring.length < 2) return ring;
  let shift = 0;
  const unwrapped = ring.map((point, i) => {
    const lon = point[0]!;
    if (i > 0) {
      const delta = lon - ring[i - 1]![0]!;
      if (delta > 180) shift -= 360;
      else if (delta < -180) shift += 360;
    }
    return [lon + shift, point[1]!];
  });
  const netTurn = Math.abs(unwrapped.at(-1)![0]! - unwrapped[0]![0]!);
  return netTurn >= 180 ? ring : unwrapped;
}

function unwrapGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(unwrapRing) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(unwrapRing)) };
}

export function basemapFrom(topology: WorldTopology): Basemap {
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  return {
    countries: {
      type: 'FeatureCollection',
      features: collection.features.map((country) => ({
        ...country,
        geometry: unwrapGeometry(country.geometry),
      })),
    },
    borders: {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiLineString', coordinates: borders.coordinates.map(unwrapRing) },
    },
  };
}
