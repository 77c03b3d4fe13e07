import type { Camera } from './camera.ts';
import type { Palette } from './palette.ts';
import {
  layerPins,
  placeRegions,
  type BoxPoint,
  type MapScene,
  type SceneInput,
  type SceneLayer,
} from './scene.ts';
import type { PinView } from '../data/year-view.ts';

type RegionList = SceneLayer['regions'];

/**
 * The live scene of a map on the page. Each field is derived on its own from what the page owns
 * (the app's year view and selection, the map's camera and box), so what reads the camera does
 * not run again on a year step, nor what reads the pins on a pan, and the places of the regions
 * are worked out once per camera. Renderers read it as a `MapScene`; `snapshot()` freezes it for
 * a picture. Made during a component's set-up (its fields are `$derived`).
 */
export class SceneState implements MapScene {
  readonly layers: readonly SceneLayer[];
  readonly pins: readonly PinView[];
  readonly visible: readonly PinView[];
  readonly selectedId: string | undefined;
  readonly palette: Palette;
  readonly camera: Camera;
  readonly width: number;
  readonly height: number;
  readonly places: ReadonlyMap<string, BoxPoint>;

  /** The layers' region lists, kept while the same: a year step leaves them as they were. */
  readonly #regionLists: readonly RegionList[];
  #lastLists: readonly RegionList[] = [];

  constructor(input: { [Field in keyof SceneInput]: () => SceneInput[Field] }) {
    this.layers = $derived(input.layers());
    this.selectedId = $derived(input.selectedId());
    this.palette = $derived(input.palette());
    this.camera = $derived(input.camera());
    this.width = $derived(input.width());
    this.height = $derived(input.height());
    this.pins = $derived(layerPins(this.layers, 'pins'));
    this.visible = $derived(layerPins(this.layers, 'visible'));
    this.#regionLists = $derived.by(() => {
      const lists = this.layers.map((layer) => layer.regions);
      const same =
        lists.length === this.#lastLists.length &&
        lists.every((list, i) => list === this.#lastLists[i]);
      if (!same) this.#lastLists = lists;
      return this.#lastLists;
    });
    this.places = $derived(placeRegions(this.#regionLists, this.camera, this.width, this.height));
  }

  /** The scene of this moment, frozen: for a picture, or for a renderer's first frame. */
  snapshot(): MapScene {
    return Object.freeze({
      layers: this.layers,
      pins: this.pins,
      visible: this.visible,
      places: this.places,
      selectedId: this.selectedId,
      palette: this.palette,
      camera: this.camera,
      width: this.width,
      height: this.height,
    });
  }
}
