import { geoContains, geoDistance } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import codes from 'i18n-iso-countries/codes.json';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ValidationContext } from './validate';

const EARTH_RADIUS_KM = 6371;

/** ISO 3166-1 alpha-2 to numeric, the id world-atlas gives its country shapes. */
const NUMERIC_BY_ALPHA2 = new Map(codes.map(([alpha2, , numeric]) => [alpha2, numeric]));

type CountryFeature = Feature<Polygon | MultiPolygon>;

function rings(shape: CountryFeature): Position[][] {
  const geometry = shape.geometry;
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/**
 * Country checks for the validator, from a world-atlas topology. Use the 50m file: the 110m one has
 * no Singapore or Hong Kong.
 */
export function countryChecks(
  topology: Topology<{ countries: GeometryCollection }>,
): Pick<ValidationContext, 'isCountryCode' | 'distanceToCountryKm'> {
  const collection = feature(topology, topology.objects.countries);
  const shapesById = new Map<string, CountryFeature[]>();
  for (const shape of collection.features as CountryFeature[]) {
    const id = String(shape.id);
    shapesById.set(id, [...(shapesById.get(id) ?? []), shape]);
  }
  return {
    isCountryCode: (code) => NUMERIC_BY_ALPHA2.has(code),
    distanceToCountryKm(code, lat, lon) {
      const numeric = NUMERIC_BY_ALPHA2.get(code);
      const shapes = numeric === undefined ? undefined : shapesById.get(numeric);
      if (!shapes) return undefined;
      const point: [number, number] = [lon, lat];
      if (shapes.some((shape) => geoContains(shape, point))) return 0;
      let nearest = Infinity;
      for (const ring of shapes.flatMap(rings)) {
        for (const vertex of ring) {
          nearest = Math.min(nearest, geoDistance(point, vertex as [number, number]));
        }
      }
      return nearest * EARTH_RADIUS_KM;
    },
  };
}
