import {
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type ExpressionSpecification,
  type FilterSpecification,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import type { FeatureCollection, Point } from 'geojson';
import type { PinView } from '../data/view-model';
import { basemapFrom, type Basemap, type WorldTopology } from './basemap';
import { MAX_ZOOM, MIN_ZOOM, type Camera } from './camera';
import type { Palette } from './palette';

let workerReady: Promise<void> | undefined;

/**
 * Vite does not emit maplibre 6's worker by itself: without `setWorkerUrl` it 404s and the map stays
 * blank. On our own pages the worker is a file of our origin, so `worker-src 'self'` is enough. A
 * page on another origin (the custom element inside an article) may not start a worker from our
 * origin at all, so there it runs from a blob copy, which needs `worker-src blob:` on that page.
 */
export function prepareWorker(): Promise<void> {
  workerReady ??= (async () => {
    const url = new URL(workerUrl, location.href);
    if (url.origin === location.origin) {
      setWorkerUrl(url.href);
      return;
    }
    const response = await fetch(url);
    if (!response.ok) throw new Error(`The map worker could not be loaded (${response.status})`);
    const code = await response.blob();
    setWorkerUrl(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
  })();
  return workerReady;
}

/**
 * MapLibre's stylesheet travels with this lazy chunk and goes into the root the map lives in: the
 * page's head, or the shadow root of the custom element, never the head of someone's article.
 */
function adoptStylesheet(container: HTMLElement): void {
  const root = container.getRootNode();
  const target = root instanceof ShadowRoot ? root : document.head;
  if (target.querySelector('style[data-maplibre-css]')) return;
  const style = document.createElement('style');
  style.dataset.maplibreCss = '';
  style.textContent = maplibreCss;
  target.append(style);
}

const PIN_LAYERS = {
  highlight: 'pins-highlight',
  operating: 'pins-operating',
  announced: 'pins-announced',
  closed: 'pins-closed',
  closedMark: 'pins-closed-mark',
} as const;

/** The layers a reader can see a pin in, for `queryRenderedFeatures`. */
export const VISIBLE_PIN_LAYERS = [PIN_LAYERS.operating, PIN_LAYERS.announced, PIN_LAYERS.closed];

const CROSS_IMAGE = 'closed-cross';

export interface MapLibreMapOptions {
  container: HTMLElement;
  /** Country shapes; rings crossing the antimeridian are unwrapped here, where only MapLibre pays. */
  world: WorldTopology;
  /** Start where the SVG first paint shows the world, so nothing jumps at the swap. */
  camera: Camera;
  pins: readonly PinView[];
  palette: Palette;
  /** Ctrl/Cmd + wheel to zoom and two fingers to pan, so the page around an embed still scrolls. */
  cooperativeGestures: boolean;
  /** The first frame with basemap and pins is drawn. */
  onReady: () => void;
  onError: (error: { message: string }) => void;
  /** The camera moved: anything placed over the map must follow. */
  onMove: () => void;
  /** A frame settled; `renderedPins` is what MapLibre actually drew, from its own index. */
  onIdle?: (renderedPins: number) => void;
  /** The GPU took the WebGL context away: nothing can be drawn until it is restored. */
  onContextLost?: () => void;
  /** The context is back and the map has drawn a complete frame again. */
  onContextRestored?: () => void;
}

function pinFeatures(pins: readonly PinView[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: pins.map((pin) => ({
      type: 'Feature',
      properties: { id: pin.id },
      geometry: { type: 'Point', coordinates: [pin.lon, pin.lat] },
    })),
  };
}

/**
 * A filter keeping the pins whose id is listed. `match` compiles its labels into a lookup, so a step
 * costs the same per pin at 40 regions or 10,000; an `in` over a literal list would scan it per pin.
 */
function idsWhere(pins: readonly PinView[], keep: (pin: PinView) => boolean): FilterSpecification {
  const ids = pins.filter(keep).map((pin) => pin.id);
  // `match` needs at least one label; no pin kept is simply false.
  return ids.length === 0 ? ['boolean', false] : ['match', ['get', 'id'], ids, true, false];
}

/** Which pins each pin layer shows at a year: the only place statuses meet layers. */
function pinFilters(pins: readonly PinView[]): Record<string, FilterSpecification> {
  return {
    [PIN_LAYERS.highlight]: idsWhere(pins, (pin) => pin.changed && pin.status !== 'not-yet'),
    [PIN_LAYERS.operating]: idsWhere(pins, (pin) => pin.status === 'operating'),
    [PIN_LAYERS.announced]: idsWhere(pins, (pin) => pin.status === 'announced'),
    [PIN_LAYERS.closed]: idsWhere(pins, (pin) => pin.status === 'closed'),
    [PIN_LAYERS.closedMark]: idsWhere(pins, (pin) => pin.status === 'closed'),
  };
}

/** A small "×" drawn in pixels, so the closed mark needs no font or sprite from a server. */
function crossImage(color: string, size = 12) {
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onDiagonal = Math.min(Math.abs(x - y), Math.abs(x + y - (size - 1))) <= 1;
      const inset = x >= 1 && y >= 1 && x < size - 1 && y < size - 1;
      if (onDiagonal && inset) data.set([r!, g!, b!, 255], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

const dimmed = (value: number, dim: number): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', 'dim'], false],
  dim,
  value,
];

function styleFor(
  basemap: Basemap,
  pins: readonly PinView[],
  palette: Palette,
): StyleSpecification {
  const filters = pinFilters(pins);
  const radius: ExpressionSpecification = ['coalesce', ['feature-state', 'radius'], 6];
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: basemap.countries },
      borders: { type: 'geojson', data: basemap.borders },
      pins: { type: 'geojson', data: pinFeatures(pins), promoteId: 'id' },
    },
    layers: [
      { id: 'ocean', type: 'background', paint: { 'background-color': palette.ocean } },
      {
        id: 'land',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': palette.land, 'fill-antialias': false },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: { 'line-color': palette.border, 'line-width': 0.6 },
      },
      {
        id: PIN_LAYERS.highlight,
        type: 'circle',
        source: 'pins',
        filter: filters[PIN_LAYERS.highlight],
        paint: {
          'circle-radius': ['+', radius, 4],
          'circle-opacity': 0,
          'circle-stroke-width': 2,
          'circle-stroke-color': palette.highlight,
          'circle-stroke-opacity': dimmed(1, 0.2),
        },
      },
      ...(['operating', 'announced', 'closed'] as const).map((status) => ({
        id: PIN_LAYERS[status],
        type: 'circle' as const,
        source: 'pins',
        filter: filters[PIN_LAYERS[status]],
        paint: {
          'circle-radius': radius,
          'circle-color': palette.status(status),
          'circle-opacity': dimmed(
            status === 'announced' ? 0 : 0.9,
            status === 'announced' ? 0 : 0.2,
          ),
          'circle-stroke-width': status === 'announced' ? 2.5 : 1.5,
          'circle-stroke-color':
            status === 'announced' ? palette.status(status) : palette.pinStroke,
          'circle-stroke-opacity': dimmed(1, 0.2),
        },
      })),
      {
        id: PIN_LAYERS.closedMark,
        type: 'symbol',
        source: 'pins',
        filter: filters[PIN_LAYERS.closedMark],
        layout: { 'icon-image': CROSS_IMAGE, 'icon-allow-overlap': true, 'icon-size': 0.75 },
        paint: { 'icon-opacity': dimmed(1, 0.2) },
      },
    ],
  };
}

/**
 * Draws a pin view model with MapLibre. It holds no logic of its own: each year arrives as a new
 * list of pins, and a step only swaps layer filters and feature state, never the sources.
 */
export class MapLibreRegionMap {
  readonly map: MapLibreMap;
  /** What is drawn (or, before the style has loaded, what will be). */
  #pins: readonly PinView[];
  #selected: string | undefined;
  #loaded = false;
  #ready = false;

  constructor(options: MapLibreMapOptions) {
    this.#pins = options.pins;
    adoptStylesheet(options.container);
    this.map = new MapLibreMap({
      container: options.container,
      style: styleFor(basemapFrom(options.world), options.pins, options.palette),
      center: options.camera.center,
      zoom: options.camera.zoom,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      renderWorldCopies: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      attributionControl: false,
      cooperativeGestures: options.cooperativeGestures,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.setMissingStyleImageResolver((id) => {
      if (id === CROSS_IMAGE) this.map.addImage(CROSS_IMAGE, crossImage(options.palette.highlight));
    });
    this.map.on('error', (event) => options.onError(event.error));
    this.map.on('move', options.onMove);
    // Feature state needs the style's sources, which exist only once the style has loaded.
    this.map.once('load', () => {
      this.#loaded = true;
      this.#applyStates(this.#pins, []);
      this.#applySelection(this.#pins);
    });
    this.map.once('idle', () => {
      this.#ready = true;
      options.onReady();
    });
    this.map.on('idle', () => options.onIdle?.(this.renderedPinCount()));
    this.map.on('webglcontextlost', () => {
      this.#loaded = false;
      options.onContextLost?.();
    });
    // MapLibre rebuilds the style from a snapshot after a restore, without the feature state and
    // with the filters of the moment the context was lost: once it has loaded, redraw the year
    // shown now, then tell the page when a complete frame is back.
    this.map.on('webglcontextrestored', () => {
      const redraw = () => {
        this.#loaded = true;
        this.#applyFilters(this.#pins);
        this.#applyStates(this.#pins, []);
        this.#applySelection(this.#pins);
        this.map.once('idle', () => options.onContextRestored?.());
        this.map.triggerRepaint();
      };
      if (this.map.isStyleLoaded()) redraw();
      else this.map.once('style.load', redraw);
    });
  }

  get ready(): boolean {
    return this.#ready;
  }

  /** Shows another year, or another selection: filters per status, state per changed pin. */
  update(pins: readonly PinView[], selected: string | undefined): void {
    const previous = this.#pins;
    const selectionChanged = selected !== this.#selected;
    this.#pins = pins;
    this.#selected = selected;
    if (!this.#loaded) return;
    if (previous !== pins) {
      this.#applyFilters(pins);
      this.#applyStates(pins, previous);
    }
    if (selectionChanged) this.#applySelection(pins);
  }

  /** The next frame as drawn, read inside its render event while the drawing buffer is intact. */
  snapshot(): Promise<HTMLCanvasElement> {
    return new Promise((resolve) => {
      this.map.once('render', () => {
        const source = this.map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext('2d')?.drawImage(source, 0, 0);
        resolve(copy);
      });
      this.map.triggerRepaint();
    });
  }

  /** Distinct regions drawn in a visible pin layer right now. */
  renderedPinCount(): number {
    const features = this.map.queryRenderedFeatures({ layers: VISIBLE_PIN_LAYERS });
    return new Set(features.map((feature) => feature.properties.id)).size;
  }

  /** Where the reader has moved the map to, for a renderer that has to stand in for it. */
  camera(): Camera {
    const center = this.map.getCenter();
    return { center: [center.lng, center.lat], zoom: this.map.getZoom() };
  }

  /** Screen position of a point, in CSS pixels from the map's top left corner. */
  project(lon: number, lat: number): { x: number; y: number } {
    const point = this.map.project([lon, lat]);
    return { x: point.x, y: point.y };
  }

  /** Repaints in another colour scheme without rebuilding sources. */
  setPalette(palette: Palette): void {
    const map = this.map;
    if (!this.#loaded) {
      map.once('idle', () => this.setPalette(palette));
      return;
    }
    map.setPaintProperty('ocean', 'background-color', palette.ocean);
    map.setPaintProperty('land', 'fill-color', palette.land);
    map.setPaintProperty('borders', 'line-color', palette.border);
    map.setPaintProperty(PIN_LAYERS.highlight, 'circle-stroke-color', palette.highlight);
    for (const status of ['operating', 'announced', 'closed'] as const) {
      map.setPaintProperty(PIN_LAYERS[status], 'circle-color', palette.status(status));
      map.setPaintProperty(
        PIN_LAYERS[status],
        'circle-stroke-color',
        status === 'announced' ? palette.status(status) : palette.pinStroke,
      );
    }
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.map.remove();
  }

  #applyFilters(pins: readonly PinView[]): void {
    for (const [layer, filter] of Object.entries(pinFilters(pins)))
      this.map.setFilter(layer, filter);
  }

  #applyStates(pins: readonly PinView[], previous: readonly PinView[]): void {
    pins.forEach((pin, i) => {
      if (previous[i]?.radius === pin.radius) return;
      this.map.setFeatureState({ source: 'pins', id: pin.id }, { radius: pin.radius });
    });
  }

  #applySelection(pins: readonly PinView[]): void {
    const selected = this.#selected;
    for (const pin of pins) {
      this.map.setFeatureState(
        { source: 'pins', id: pin.id },
        { dim: selected !== undefined && pin.id !== selected },
      );
    }
  }
}
