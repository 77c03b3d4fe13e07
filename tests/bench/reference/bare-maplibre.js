/**
 * Reference: the same basemap and pins with MapLibre alone, built the way the app builds its map
 * (unwrapped countries, a border layer, one circle layer per status filtered by a `match` on the
 * pin ids, `setFilter` per slider step). `data-map-state="ready"` at the first `idle`;
 * `data-rendered-pins` at each `idle`, counted from MapLibre's rendered-feature index as the app
 * counts it.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapFrom } from '../../../src/map/basemap.ts';
import { MAX_ZOOM, MIN_ZOOM } from '../../../src/map/camera.ts';
import {
  cameraFor,
  COLORS,
  loadWorld,
  regions,
  setState,
  slider,
  startYear,
  STATUSES,
  statusAt,
} from './common.js';

setWorkerUrl(new URL(workerUrl, location.href).href);

const element = document.getElementById('map');

/** The app's filter: a `match` on the pin ids of one status (`false` when there are none). */
function filterFor(year, status) {
  const ids = regions.filter((region) => statusAt(region, year) === status).map((r) => r.id);
  return ids.length === 0 ? ['boolean', false] : ['match', ['get', 'id'], ids, true, false];
}

const world = await loadWorld();
const basemap = basemapFrom(world);
const camera = cameraFor(element);
const layers = STATUSES.map((status) => `pins-${status}`);

const map = new MapLibreMap({
  container: element,
  center: camera.center,
  zoom: camera.zoom,
  minZoom: MIN_ZOOM,
  maxZoom: MAX_ZOOM,
  renderWorldCopies: false,
  attributionControl: false,
  style: {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: basemap.countries },
      borders: { type: 'geojson', data: basemap.borders },
      pins: {
        type: 'geojson',
        promoteId: 'id',
        data: {
          type: 'FeatureCollection',
          features: regions.map((region) => ({
            type: 'Feature',
            properties: { id: region.id },
            geometry: { type: 'Point', coordinates: [region.lon, region.lat] },
          })),
        },
      },
    },
    layers: [
      { id: 'ocean', type: 'background', paint: { 'background-color': COLORS.ocean } },
      {
        id: 'land',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': COLORS.land, 'fill-antialias': false },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: { 'line-color': COLORS.border, 'line-width': 0.6 },
      },
      ...STATUSES.map((status, i) => ({
        id: layers[i],
        type: 'circle',
        source: 'pins',
        filter: filterFor(startYear, status),
        paint: {
          'circle-radius': 6,
          'circle-color': COLORS[status],
          'circle-opacity': status === 'announced' ? 0 : 0.9,
          'circle-stroke-width': status === 'announced' ? 2.5 : 1.5,
          'circle-stroke-color': status === 'announced' ? COLORS.announced : COLORS.pinStroke,
        },
      })),
    ],
  },
});

map.on('idle', () => {
  const features = map.queryRenderedFeatures({ layers });
  setState('renderedPins', new Set(features.map((f) => f.properties.id)).size);
  setState('mapState', 'ready');
});

slider((year) => {
  STATUSES.forEach((status, i) => map.setFilter(layers[i], filterFor(year, status)));
});
