import type { WorldTopology } from '../map/basemap.ts';
import { sameCamera, type Camera } from '../map/camera.ts';
import type { MapLibreRenderer } from '../map/maplibre/maplibre-renderer.ts';
import type { RenderedPin } from '../map/scene.ts';
import type { SceneState } from '../map/scene.svelte.ts';
import { claimMapSlot, releaseMapSlot } from '../map/webgl.ts';

export interface MapLibreStart {
  container: HTMLElement;
  world: WorldTopology;
  cooperativeGestures: boolean;
  doubleClickZoom: boolean;
  /** The camera moved away from the scene's: the reader's hand, or MapLibre's own limits. */
  onMove: (camera: Camera) => void;
}

/**
 * MapLibre's life on the page: loaded on the reader's first reach, drawn hidden at the scene's view
 * and shown once its first frame is in, stood in for by the SVG map while the GPU has taken its
 * context, and never more of them than the page can safely run. Each part of the scene reaches it
 * by an effect of its own, so a year step sends the pins only. Made during a component's set-up.
 */
export class MapLibreHost {
  /** The renderer, once it has started. */
  renderer: MapLibreRenderer | undefined = $state.raw();
  /** MapLibre has drawn a complete frame and shows instead of the SVG. */
  shown = $state(false);
  /** How many pins MapLibre drew in its last settled frame. */
  count: number | undefined = $state();
  /** MapLibre was wanted but the page already runs as many as it safely can. */
  limited = $state(false);

  readonly #scene: SceneState;
  #requested = false;
  #hasSlot = false;

  constructor(scene: SceneState, words: () => Record<string, string>) {
    this.#scene = scene;
    $effect(() => this.renderer?.showView(scene.camera, scene.width, scene.height));
    $effect(() => this.renderer?.showPins(scene.pins));
    $effect(() => this.renderer?.showPaint(scene.palette, scene.selectedId));
    // A language switch, before or while MapLibre runs: its controls speak the map's language.
    $effect(() => this.renderer?.relabel(words()));
    $effect(() => () => this.destroy());
  }

  /** MapLibre's code: the browser fetches it once, however often it is asked for. */
  load() {
    return import('../map/maplibre/maplibre-renderer.ts');
  }

  /** Loads MapLibre and draws it, hidden, at the scene's view; once only. */
  async start(options: MapLibreStart, words: Record<string, string>): Promise<void> {
    if (this.#requested) return;
    if (!claimMapSlot()) {
      this.limited = true;
      return;
    }
    this.#hasSlot = true;
    this.#requested = true;
    try {
      const { MapLibreRenderer } = await this.load();
      this.renderer = await MapLibreRenderer.start({
        ...options,
        // The scene of this moment: later changes reach it part by part.
        scene: this.#scene.snapshot(),
        words,
        onReady: () => (this.shown = true),
        // Past the first paint the SVG map stays usable, so an error only keeps it in place.
        onError: (error) => console.error(error),
        onMove: (moved, byReader) => {
          // A move the scene did not ask for is the reader's (or, should its limits ever differ
          // from `constrainCamera`'s, MapLibre's own): either way every layer follows the map.
          if (byReader || !sameCamera(moved, this.#scene.camera)) options.onMove(moved);
        },
        onIdle: (count) => (this.count = count),
        onContextLost: () => (this.shown = false),
        onContextRestored: () => (this.shown = true),
      });
    } catch (error) {
      console.error(error);
    }
  }

  /** The pins MapLibre draws now, while it shows. */
  renderedPins(): RenderedPin[] | undefined {
    return this.shown && this.renderer ? this.renderer.renderedPins() : undefined;
  }

  destroy(): void {
    this.renderer?.destroy();
    this.renderer = undefined;
    if (this.#hasSlot) releaseMapSlot();
    this.#hasSlot = false;
  }
}
