/**
 * Reference: the same basemap and pins with MapLibre alone, built the way the app builds its map
 * (unwrapped countries, a border layer, one circle layer per status holding every pin that takes
 * that status in some year, shown by feature state, `setFeatureState` per slider step for the pins
 * whose status changed). With `?compare=aws,azure,google`, the other providers' pins too, drawn the
 * way the app draws them: symbols of the provider's shape, one layer per provider and status,
 * their images drawn with the app's own marks, shown by feature state.
 * `data-map-state="ready"` at the first `idle`; `data-rendered-pins` at each `idle`, counted from
 * MapLibre's rendered-feature index as the app counts it (the pins whose state shows them).
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapFrom } from '../../../src/map/basemap.ts';
import { MAX_ZOOM, MIN_ZOOM } from '../../../src/map/camera.ts';
import { PALETTES } from '../../../src/map/palette.ts';
import { drawMark, markParts, PEER_RADIUS } from '../../../src/map/pin-style.ts';
import { loadProvider } from '../../../src/data/providers/index.ts';
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

/** Which statuses a region takes at the end of some year: the layers it stands on. */
function statusesOf(region) {
  const years = region.events.map((event) => Number(event.date.slice(0, 4)));
  const taken = {};
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    taken[statusAt(region, year)] = true;
  }
  return taken;
}

const providers = (new URLSearchParams(location.search).get('compare') ?? '')
  .split(',')
  .filter((provider) => ['aws', 'azure', 'google'].includes(provider));
const peers = (await Promise.all(providers.map(loadProvider))).flat();
const PEER_STATUSES = STATUSES;
const peerLayers = providers.flatMap((provider) =>
  PEER_STATUSES.map((status) => `peer-${provider}-${status}`),
);
/** A provider's mark at a status, as an image MapLibre can place: the app's own drawing. */
function peerImage(provider, status) {
  const size = 32;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const context = canvas.getContext('2d');
  context.scale(2, 2);
  const parts = markParts(
    { status, radius: PEER_RADIUS, changed: false, provider },
    PALETTES.light,
  );
  drawMark(context, parts, size / 4, size / 4);
  return context.getImageData(0, 0, size, size);
}

const world = await loadWorld();
const basemap = basemapFrom(world);
const camera = cameraFor(element, [...regions, ...peers]);
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
            properties: { id: region.id, ...statusesOf(region) },
            geometry: { type: 'Point', coordinates: [region.lon, region.lat] },
          })),
        },
      },
      peers: {
        type: 'geojson',
        promoteId: 'id',
        data: {
          type: 'FeatureCollection',
          features: peers.map((region) => ({
            type: 'Feature',
            properties: { id: region.id, provider: region.provider, ...statusesOf(region) },
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
        filter: ['boolean', ['get', status], false],
        paint: {
          'circle-radius': 6,
          'circle-color': COLORS[status],
          'circle-opacity':
            status === 'announced'
              ? 0
              : ['case', ['==', ['feature-state', 'status'], status], 0.9, 0],
          'circle-stroke-width': status === 'announced' ? 2.5 : 1.5,
          'circle-stroke-color': status === 'announced' ? COLORS.announced : COLORS.pinStroke,
          'circle-stroke-opacity': ['case', ['==', ['feature-state', 'status'], status], 1, 0],
        },
      })),
      ...providers.flatMap((provider) =>
        PEER_STATUSES.map((status) => ({
          id: `peer-${provider}-${status}`,
          type: 'symbol',
          source: 'peers',
          filter: [
            'all',
            ['==', ['get', 'provider'], provider],
            ['boolean', ['get', status], false],
          ],
          layout: {
            'icon-image': `peer-${provider}-${status}`,
            'icon-allow-overlap': true,
            'icon-ignore-placement': true,
          },
          paint: { 'icon-opacity': ['case', ['==', ['feature-state', 'status'], status], 1, 0] },
        })),
      ),
    ],
  },
});
for (const provider of providers) {
  for (const status of PEER_STATUSES) {
    map.addImage(`peer-${provider}-${status}`, peerImage(provider, status), { pixelRatio: 2 });
  }
}

/** Each pin's status as last set: a step sets only the ones that changed. */
const shown = new Map();
const peersShown = new Map();
function showYear(year) {
  for (const [source, pins, last] of [
    ['pins', regions, shown],
    ['peers', peers, peersShown],
  ]) {
    for (const region of pins) {
      const status = statusAt(region, year);
      if (last.get(region.id) === status) continue;
      map.setFeatureState({ source, id: region.id }, { status });
      last.set(region.id, status);
    }
  }
}
map.once('load', () => showYear(startYear));

map.on('idle', () => {
  const features = map.queryRenderedFeatures({ layers });
  const drawn = features.filter((f) => shown.get(f.properties.id) !== 'not-yet');
  const peerFeatures = peerLayers.length ? map.queryRenderedFeatures({ layers: peerLayers }) : [];
  const peersDrawn = peerFeatures.filter((f) => peersShown.get(f.properties.id) !== 'not-yet');
  setState(
    'renderedPins',
    new Set(drawn.map((f) => f.properties.id)).size +
      new Set(peersDrawn.map((f) => f.properties.id)).size,
  );
  setState('mapState', 'ready');
});

slider(showYear);
