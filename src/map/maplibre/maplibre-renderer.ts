import {
  Map as MapLibreMap,
  NavigationControl,
  type GeoJSONSource,
  type MapLibreEvent,
} from 'maplibre-gl';
import type { GeoJSON } from 'geojson';
import { basemapFrom, type WorldTopology } from '../basemap.ts';
import { MAX_ZOOM, MIN_ZOOM, sameCamera, type Camera } from '../camera.ts';
import type { Palette } from '../palette.ts';
import { drawMark, markParts, PIN, PEER_RADIUS, RUNNING_RADII } from '../pin-style.ts';
import type { MapScene, RenderedPin } from '../scene.ts';
import {
  CROSS_IMAGE,
  MARKS_SOURCE,
  markState,
  canCarryMark,
  CROSS_PIXEL_RATIO,
  crossImage,
  mapPaint,
  mapStyle,
  PEER_SOURCE,
  PIN_SOURCE,
  peerFeatures,
  peerMarkOf,
  peerState,
  pinState,
  ringImage,
  ringImageId,
} from './pin-layers.ts';
import { adoptStylesheet, prepareWorker } from './worker.ts';

export interface MapLibreRendererOptions {
  container: HTMLElement;
  /** Country shapes; rings crossing the antimeridian are unwrapped here, where only MapLibre pays. */
  world: WorldTopology;
  /** What to show first; later changes come through `showView`, `showPins` and `showPaint`. */
  scene: MapScene;
  /** Ctrl/Cmd + wheel to zoom and two fingers to pan, so the page around an embed still scrolls. */
  cooperativeGestures: boolean;
  /**
   * Zoom on a double click or double tap. Off on touch screens, where a tap on the map means "open
   * this pin": a quick second tap on a neighbouring pin would otherwise zoom instead of opening it.
   */
  doubleClickZoom: boolean;
  /** MapLibre's own words (its zoom buttons, its gesture hints) in the reader's language. */
  words: Record<string, string>;
  /** The first frame with basemap and pins is drawn. */
  onReady: () => void;
  onError: (error: { message: string }) => void;
  /** The camera moved, by the reader's hand or to follow a scene. */
  onMove: (camera: Camera, byReader: boolean) => void;
  /** A frame settled; `renderedPins` is how many pins MapLibre draws, from the tiles it draws. */
  onIdle: (renderedPins: number) => void;
  /** The GPU took the WebGL context away: nothing can be drawn until it is restored. */
  onContextLost: () => void;
  /** The context is back and the map has drawn a complete frame again. */
  onContextRestored: () => void;
}

/** What the style shows now, so a new scene changes only what differs. */
interface Shown {
  pins?: readonly PinView[];
  /** The compared providers' regions standing on their source, as their ids joined. */
  peers?: string;
  /** Each feature's state as last set, its values joined (see `#setState`), per source. */
  peerStates: Map<string, string>;
  states: Map<string, string>;
  marks: Map<string, string>;
  /** The compared providers' pins and Alibaba's whose state shows them. */
  peerShown: Set<string>;
  drawn: Set<string>;
  palette?: Palette;
  selectedId?: string | null;
  width?: number;
  height?: number;
}

type PinView = MapScene['pins'][number];

/** The scene's parts as the renderer was last told them: changed only through `show…`. */
type Told = {
  -readonly [
    Part in 'pins' | 'selectedId' | 'palette' | 'camera' | 'width' | 'height'
  ]: MapScene[Part];
};
type PaintProperty = Parameters<MapLibreMap['setPaintProperty']>[1];

/**
 * Draws scenes with MapLibre, one part at a time: the view (camera and box), the pins of the year,
 * and their paint (palette and selection). Each `show…` stores its part and, once the style can
 * take it, applies whatever of that part differs from what is shown, so a year step touches the
 * pins only and a pin open the paint only. Loading and a restored context apply every part, the
 * scene of now, through the same steps.
 */
export class MapLibreRenderer {
  #zoomButtons = new NavigationControl({ showCompass: false });
  /** The words MapLibre's controls speak now. */
  #words: Record<string, string>;

  readonly #map: MapLibreMap;
  readonly #scene: Told;
  /** Undefined while no style can take changes: before the first load and while the context is lost. */
  #shown: Shown | undefined;

  /** Prepares MapLibre's worker, then starts a map. */
  static async start(options: MapLibreRendererOptions): Promise<MapLibreRenderer> {
    await prepareWorker();
    return new MapLibreRenderer(options);
  }

  private constructor(options: MapLibreRendererOptions) {
    const { pins, selectedId, palette, camera, width, height } = options.scene;
    const scene: Told = { pins, selectedId, palette, camera, width, height };
    this.#scene = scene;
    adoptStylesheet(options.container);
    this.#words = options.words;
    this.#map = new MapLibreMap({
      container: options.container,
      style: mapStyle(
        basemapFrom(options.world),
        ownPins(scene.pins),
        scene.palette,
        scene.selectedId,
      ),
      center: scene.camera.center,
      zoom: scene.camera.zoom,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      renderWorldCopies: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      attributionControl: false,
      // The page measures the box and hands it over in each scene: one path for every resize.
      trackResize: false,
      cooperativeGestures: options.cooperativeGestures,
      doubleClickZoom: options.doubleClickZoom,
      // MapLibre's own symbol fade stays: a fade of 0 placed every symbol again on every frame
      // (4 ms of a step with every layer on). A step sets feature states only, which neither places
      // nor fades; MapLibre draws without fading until its first idle.
      locale: options.words,
    });
    const map = this.#map;
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(this.#zoomButtons, 'top-right');
    map.on('error', (event) => options.onError(event.error));
    map.on('move', (event: MapLibreEvent<unknown>) =>
      options.onMove(this.camera(), event.originalEvent !== undefined),
    );
    // The symbol layers ask for their images while the style loads, before the first scene is
    // shown: they are drawn then, in the scene's colours, instead of being reported missing.
    map.setMissingStyleImageResolver((id) => {
      if (!map.hasImage(CROSS_IMAGE)) this.#putImages(this.#scene.palette);
      if (peerMarkOf(id)) this.#putPeerImage(id, this.#scene.palette);
    });
    // The scene's states go in once the style can take them, before the tiles: 'load' waits for a
    // complete frame, which the states would then make MapLibre draw again before its first idle.
    map.once('style.load', () => this.#restart());
    map.once('idle', options.onReady);
    // The count alone: projecting each pin as `renderedPins` does would cost every step's idle.
    map.on('idle', () => options.onIdle(this.#renderedPlaces().size));
    map.on('webglcontextlost', () => {
      this.#shown = undefined;
      options.onContextLost();
    });
    // MapLibre rebuilds the style from a snapshot after a restore, without the feature states that
    // show the pins: once it has loaded, show the scene of now.
    map.on('webglcontextrestored', () => {
      const redraw = () => {
        this.#restart();
        map.once('idle', options.onContextRestored);
        map.triggerRepaint();
      };
      if (map.isStyleLoaded()) redraw();
      else map.once('style.load', redraw);
    });
  }

  /** The reader switched language: MapLibre's controls read their words when added. */
  relabel(words: Record<string, string>): void {
    if (words === this.#words) return;
    this.#words = words;
    const map = this.#map;
    map._locale = { ...map._locale, ...words };
    map.removeControl(this.#zoomButtons);
    this.#zoomButtons = new NavigationControl({ showCompass: false });
    map.addControl(this.#zoomButtons, 'top-right');
    map.getCanvas().setAttribute('aria-label', words['Map.Title'] ?? '');
  }

  /** Shows the camera in a box of this size: now if the style can take it, else once it can. */
  showView(camera: Camera, width: number, height: number): void {
    Object.assign(this.#scene, { camera, width, height });
    if (this.#shown) this.#applyView(this.#shown);
  }

  /** Shows the year's pins. */
  showPins(pins: MapScene['pins']): void {
    this.#scene.pins = pins;
    if (this.#shown) this.#applyPins(this.#shown);
  }

  /** Paints the pins in this palette, every one but the open region's dimmed. */
  showPaint(palette: Palette, selectedId: string | undefined): void {
    Object.assign(this.#scene, { palette, selectedId });
    if (this.#shown) this.#applyPaint(this.#shown);
  }

  /** The pins drawn now, where MapLibre drew them. */
  renderedPins(): RenderedPin[] {
    return [...this.#renderedPlaces()].map(([id, place]) => {
      const { x, y } = this.#map.project(place);
      return { id, x, y };
    });
  }

  /**
   * Each pin MapLibre draws now, by id, where it stands: every feature of the tiles it draws from
   * whose state shows it and whose place is in view. Not `queryRenderedFeatures`: it evaluated
   * every layer's paint for each pin and searched every placed symbol, a quarter of the script of a
   * step with every layer on; its answer differed only for pins half out of view.
   */
  #renderedPlaces(): Map<string, [number, number]> {
    const places = new Map<string, [number, number]>();
    const map = this.#map;
    const bounds = map.getBounds();
    const shown = this.#shown;
    if (!shown) return places;
    for (const [source, drawn] of [
      [PIN_SOURCE, shown.drawn],
      [PEER_SOURCE, shown.peerShown],
    ] as const) {
      if (!drawn.size) continue;
      for (const feature of map.querySourceFeatures(source)) {
        const id = String(feature.properties.id);
        // Every region stands on its source at every year; only those its state shows are drawn.
        if (!drawn.has(id) || places.has(id) || feature.geometry.type !== 'Point') continue;
        const place = feature.geometry.coordinates as [number, number];
        if (bounds.contains(place)) places.set(id, place);
      }
    }
    return places;
  }

  /** The element MapLibre takes its input from: what is placed in it moves the map too. */
  canvasContainer(): HTMLElement {
    return this.#map.getCanvasContainer();
  }

  /** Where the map shows now. */
  camera(): Camera {
    const center = this.#map.getCenter();
    return { center: [center.lng, center.lat], zoom: this.#map.getZoom() };
  }

  destroy(): void {
    this.#map.remove();
  }

  /** A style that knows nothing of the scenes before it: after the first load, or a restore. */
  #restart(): void {
    const shown: Shown = {
      states: new Map(),
      drawn: new Set(),
      marks: new Map(),
      peerStates: new Map(),
      peerShown: new Set(),
      selectedId: null,
    };
    this.#shown = shown;
    this.#applyView(shown);
    this.#applyPins(shown);
    this.#applyPaint(shown);
  }

  #applyView(shown: Shown): void {
    const map = this.#map;
    const scene = this.#scene;
    if (shown.width !== scene.width || shown.height !== scene.height) {
      map.resize();
      shown.width = scene.width;
      shown.height = scene.height;
    }
    if (!sameCamera(this.camera(), scene.camera)) {
      map.jumpTo({ center: scene.camera.center, zoom: scene.camera.zoom });
    }
  }

  #applyPins(shown: Shown): void {
    const scene = this.#scene;
    if (shown.pins !== scene.pins) {
      this.#applyPeers(shown);
      // Every pin stands on the layers of the statuses it takes in some year; its state says which
      // it shows now, so a step sends nothing to MapLibre's worker and lays no tile out again.
      for (const pin of ownPins(scene.pins)) {
        const state = pinState(pin);
        if (this.#setState(shown.states, PIN_SOURCE, pin.id, { ...state })) {
          if (state.status === 'not-yet') shown.drawn.delete(pin.id);
          else shown.drawn.add(pin.id);
        }
        // The crosses and rings show by feature state too.
        if (!canCarryMark(pin)) continue;
        this.#setState(shown.marks, MARKS_SOURCE, pin.id, { ...markState(pin) });
      }
      shown.pins = scene.pins;
    }
  }

  /**
   * The compared providers' pins: their source changes only when a provider is turned on or off;
   * a year step sets the feature states that differ.
   */
  #applyPeers(shown: Shown): void {
    const map = this.#map;
    const peers = this.#scene.pins.filter((pin) => pin.region.provider);
    const ids = peers.map((pin) => pin.id).join(' ');
    if (shown.peers !== ids) {
      map.getSource<GeoJSONSource>(PEER_SOURCE)?.setData(peerFeatures(peers) as GeoJSON);
      shown.peers = ids;
      // Only the providers shown count as drawn; their states are set again, which costs little.
      shown.peerStates.clear();
      shown.peerShown.clear();
    }
    for (const pin of peers) {
      const state = peerState(pin);
      if (!this.#setState(shown.peerStates, PEER_SOURCE, pin.id, { ...state })) continue;
      if (state.look === 'none') shown.peerShown.delete(pin.id);
      else shown.peerShown.add(pin.id);
    }
  }

  /**
   * Sets a feature's state where it differs from what `last` says was set, and says whether it did:
   * a step touches only the pins it changes.
   */
  #setState(
    last: Map<string, string>,
    source: string,
    id: string,
    state: Record<string, string | number | boolean>,
  ): boolean {
    const key = Object.values(state).join(':');
    if (last.get(id) === key) return false;
    this.#map.setFeatureState({ source, id }, state);
    last.set(id, key);
    return true;
  }

  #applyPaint(shown: Shown): void {
    const map = this.#map;
    const scene = this.#scene;
    if (shown.palette !== scene.palette || shown.selectedId !== scene.selectedId) {
      for (const [layer, paint] of Object.entries(mapPaint(scene.palette, scene.selectedId))) {
        for (const [property, value] of Object.entries(paint)) {
          map.setPaintProperty(layer, property as PaintProperty, value);
        }
      }
    }
    if (shown.palette !== scene.palette) {
      this.#putImages(scene.palette);
      for (const id of this.#peerImages) this.#putPeerImage(id, scene.palette);
    }
    shown.palette = scene.palette;
    shown.selectedId = scene.selectedId;
  }

  /** The cross and the dashed rings in the palette's colours, added or redrawn. */
  #putImages(palette: Palette): void {
    const map = this.#map;
    const images: Array<[string, ReturnType<typeof crossImage>]> = [
      [CROSS_IMAGE, crossImage(palette.highlight)],
      ...RUNNING_RADII.map((radius): [string, ReturnType<typeof crossImage>] => [
        ringImageId(radius),
        ringImage(radius, palette.text),
      ]),
    ];
    for (const [id, image] of images) {
      if (map.hasImage(id)) map.updateImage(id, image);
      else map.addImage(id, image, { pixelRatio: CROSS_PIXEL_RATIO });
    }
  }

  /** The images of the compared providers' marks asked for so far: redrawn on a palette change. */
  readonly #peerImages = new Set<string>();

  /** A compared provider's body, drawn by the same code as the PNG's, as an image. */
  #putPeerImage(id: string, palette: Palette): void {
    const mark = peerMarkOf(id);
    if (!mark) return;
    const ratio = CROSS_PIXEL_RATIO;
    // The body alone: the ring of a change, the dashed ring and the cross are layers of their own.
    const body = markParts(mark, palette).filter((part) => part.kind === 'shape');
    const reach = PEER_RADIUS * 1.4 + PIN.outlineWidth + 1;
    const size = Math.ceil(reach * 2 * ratio);
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.scale(ratio, ratio);
    drawMark(context, body, size / ratio / 2, size / ratio / 2);
    const image = context.getImageData(0, 0, size, size);
    const map = this.#map;
    if (map.hasImage(id)) map.updateImage(id, image);
    else map.addImage(id, image, { pixelRatio: ratio });
    this.#peerImages.add(id);
  }
}

/** Alibaba's pins: the circle layers' own, apart from the compared providers' symbols. */
function ownPins(pins: readonly PinView[]): readonly PinView[] {
  return pins.some((pin) => pin.region.provider)
    ? pins.filter((pin) => !pin.region.provider)
    : pins;
}
