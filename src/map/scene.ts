/**
 * What a renderer shows. `SceneState` (`scene.svelte.ts`) is the live scene of a map on the page,
 * read field by field so each renderer redraws only the part that changed; `MapScene` is the same
 * fields at one moment, frozen: what a picture, the prerendered page or a test is handed. A
 * renderer written against `MapScene` reads the live scene through the same fields.
 */
import type { PinView } from '../data/year-view.ts';
import { projectPoint, type Camera } from './camera.ts';
import type { Palette } from './palette.ts';

/** A point in the map's box, in CSS pixels from its top left corner. */
export interface BoxPoint {
  x: number;
  y: number;
}

/** One dataset's regions on the map: Alibaba's now, other providers' beside them next. */
export interface SceneLayer {
  /** Whose regions: `alibaba`. */
  readonly id: string;
  /** Every region of the dataset, whatever the year: where its pins stand. */
  readonly regions: readonly { readonly id: string; readonly lon: number; readonly lat: number }[];
  /** Its regions at the chosen year, in the dataset's order. */
  readonly pins: readonly PinView[];
  /** Those that show at the year (announced, operating, closing or closed). */
  readonly visible: readonly PinView[];
}

export interface MapScene {
  /** The datasets shown, bottom first. */
  readonly layers: readonly SceneLayer[];
  /** Every layer's pins at the chosen year; a renderer draws those whose status shows. */
  readonly pins: readonly PinView[];
  /** Every layer's pins that show at the year. */
  readonly visible: readonly PinView[];
  /** Where each region of every layer stands in the box: worked out per camera, not per year. */
  readonly places: ReadonlyMap<string, BoxPoint>;
  /** The open region: every other pin dims. */
  readonly selectedId: string | undefined;
  readonly palette: Palette;
  /** The one camera the renderers and the pin buttons share. */
  readonly camera: Camera;
  /** The map's box in CSS pixels. */
  readonly width: number;
  readonly height: number;
}

/** What a scene is made from; the rest (all pins, places) follows from it. */
export interface SceneInput {
  layers: readonly SceneLayer[];
  selectedId: string | undefined;
  palette: Palette;
  camera: Camera;
  width: number;
  height: number;
}

/** The layers' pins as one list, in layer order (one layer's own list as it is). */
export function layerPins(
  layers: readonly SceneLayer[],
  part: 'pins' | 'visible',
): readonly PinView[] {
  return layers.length === 1 ? layers[0]![part] : layers.flatMap((layer) => layer[part]);
}

/** Where every region of the lists stands in a box, through a camera. */
export function placeRegions(
  lists: readonly SceneLayer['regions'][],
  camera: Camera,
  width: number,
  height: number,
): ReadonlyMap<string, BoxPoint> {
  const places = new Map<string, BoxPoint>();
  for (const regions of lists) {
    for (const region of regions) {
      places.set(region.id, projectPoint(camera, width, height, region.lon, region.lat));
    }
  }
  return places;
}

/** A scene at one moment, frozen: for pictures, the build and tests. */
export function frozenScene(input: SceneInput): MapScene {
  return Object.freeze({
    ...input,
    pins: layerPins(input.layers, 'pins'),
    visible: layerPins(input.layers, 'visible'),
    places: placeRegions(
      input.layers.map((layer) => layer.regions),
      input.camera,
      input.width,
      input.height,
    ),
  });
}

/** A pin as a renderer drew it: where, in CSS pixels from the map's top left corner. */
export interface RenderedPin {
  id: string;
  x: number;
  y: number;
}
