import { geoContains, geoDistance } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ValidationContext } from './validate.ts';

const EARTH_RADIUS_KM = 6371;

/** English country names from the platform; `fallback: 'none'` says which codes are real. */
const LONG_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const SHORT_NAMES = new Intl.DisplayNames(['en'], {
  type: 'region',
  style: 'short',
  fallback: 'none',
});

/** Two-letter codes the platform names that are groupings, not countries. */
const GROUPINGS = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ']);

/** An ISO 3166-1 alpha-2 code the platform knows as a country or territory. */
function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !GROUPINGS.has(code) && LONG_NAMES.of(code) !== undefined;
}

/**
 * Whether a world-atlas shape, named in Natural Earth's English, is the country `code` names:
 * its name is the platform's long or short English name ("Hong Kong"), or begins with it
 * ("United States" names "United States of America").
 */
function namesCountry(shapeName: string, code: string): boolean {
  return [LONG_NAMES.of(code), SHORT_NAMES.of(code)].some(
    (name) => name !== undefined && (shapeName === name || shapeName.startsWith(`${name} of `)),
  );
}

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
  const shapes = collection.features as CountryFeature[];
  const nameOf = (shape: CountryFeature) => String(shape.properties?.name ?? '');
  return {
    isCountryCode,
    distanceToCountryKm(code, lat, lon) {
      const mine = isCountryCode(code)
        ? shapes.filter((shape) => namesCountry(nameOf(shape), code))
        : [];
      if (mine.length === 0) return undefined;
      const point: [number, number] = [lon, lat];
      if (mine.some((shape) => geoContains(shape, point))) return 0;
      let nearest = Infinity;
      for (const ring of mine.flatMap(rings)) {
        for (const vertex of ring) {
          nearest = Math.min(nearest, geoDistance(point, vertex as [number, number]));
        }
      }
      return nearest * EARTH_RADIUS_KM;
    },
  };
}
