/**
 * Where the map's countries come from, and the map's state that follows from it. The page's HTML
 * already draws them (the build's paths for its first view): a map that has them answers at once
 * and fetches the shapes file only when it needs it (a zoom past what the paths show sharply,
 * MapLibre, a picture). A map without them waits for the file, and says why when it cannot load.
 */
import type { WorldTopology } from './basemap.ts';
import { drawnScale, MAX_DRAWN_SCALE, type DrawnLand, type View } from './drawn-land.ts';
import type { landPaths } from './land-paths.ts';
import { loadWorld } from './load-basemap.ts';

/**
 * `loading`: nothing to draw yet. `ready`: drawn and interactive, MapLibre can start. `fallback`:
 * drawn and interactive without WebGL, the SVG map for good. `error`: nothing can be drawn.
 */
export type MapState = 'loading' | 'ready' | 'fallback' | 'error';

/** What happens to the land: the HTML's paths are there, the shapes file arrived or failed. */
export type LandEvent = 'paths' | 'shapes' | 'failed';

/** Drawn and interactive: `ready` where WebGL can run, `fallback` where it cannot. */
const DRAWN = 'drawn';

/**
 * Every transition; an event not listed leaves the state as it is. A map already drawn keeps
 * working on what it has when the shapes file fails, and asks again at its next need.
 */
const TRANSITIONS: Record<MapState, Partial<Record<LandEvent, MapState | typeof DRAWN>>> = {
  loading: { paths: DRAWN, shapes: DRAWN, failed: 'error' },
  ready: {},
  fallback: {},
  error: {},
};

export function nextMapState(state: MapState, event: LandEvent, webgl: boolean): MapState {
  const next = TRANSITIONS[state][event] ?? state;
  return next === DRAWN ? (webgl ? 'ready' : 'fallback') : next;
}

/** The shapes file and the code that draws it, fetched together. */
export type LandLoader = () => Promise<{ world: WorldTopology; draw: typeof landPaths }>;

export const loadLand: LandLoader = async () => {
  const [world, { landPaths }] = await Promise.all([loadWorld(), import('./land-paths.ts')]);
  return { world, draw: landPaths };
};

export class LandSource {
  state: MapState = $state('loading');
  /** Why nothing could be drawn, in the state `error`. */
  failure = $state('');
  /** The shapes file, once in. */
  world: WorldTopology | undefined = $state.raw();

  /** The HTML's paths and the view they were drawn for. */
  readonly drawn: (DrawnLand & View) | undefined;
  #draw: typeof landPaths | undefined = $state.raw();
  readonly #webgl: boolean;
  readonly #load: LandLoader;
  #loading: Promise<WorldTopology> | undefined;

  constructor(options: { drawn?: DrawnLand & View; webgl: boolean; load?: LandLoader }) {
    this.drawn = options.drawn;
    this.#webgl = options.webgl;
    this.#load = options.load ?? loadLand;
  }

  /** The map is mounted: it answers now with the HTML's paths, or once the shapes are in. */
  start(): void {
    if (this.drawn) this.#on('paths');
    else this.need().catch(() => undefined);
  }

  /** The HTML's paths show `view` sharply: moved and scaled, not scaled up past their rounding. */
  sharp(view: View): boolean {
    return !!this.drawn && drawnScale(this.drawn, view) <= MAX_DRAWN_SCALE;
  }

  /**
   * The countries as shown at a view: the HTML's paths wherever they are sharp, else afresh once
   * the shapes are in. Shapes fetched for MapLibre or a picture leave the paths in place: drawing
   * the world afresh takes tens of milliseconds a view, and a drag moves the view every frame.
   */
  land(view: View): (DrawnLand & View) | undefined {
    return this.world && this.#draw && !this.sharp(view)
      ? this.#draw(this.world, view)
      : this.drawn;
  }

  /** The shapes file, fetched once; a failed fetch is tried again at the next need. */
  need(): Promise<WorldTopology> {
    if (this.world) return Promise.resolve(this.world);
    this.#loading ??= this.#load().then(
      ({ world, draw }) => {
        this.#draw = draw;
        this.world = world;
        this.#on('shapes');
        return world;
      },
      (error: unknown) => {
        this.#loading = undefined;
        this.failure = error instanceof Error ? error.message : String(error);
        this.#on('failed');
        throw error;
      },
    );
    return this.#loading;
  }

  #on(event: LandEvent): void {
    this.state = nextMapState(this.state, event, this.#webgl);
  }
}
