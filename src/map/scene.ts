import type { PinView } from '../data/year-view.ts';
import type { Camera } from './camera.ts';
import type { Palette } from './palette.ts';

/**
 * Everything a renderer shows, handed over whole: whether the renderer has just loaded, restored a
 * lost context, changed theme or been resized, it shows this and nothing older.
 */
export interface MapScene {
  /** Every region at the chosen year; a renderer draws those whose status shows. */
  pins: readonly PinView[];
  /** The open region: every other pin dims. */
  selectedId: string | undefined;
  palette: Palette;
  /** The one camera the renderers and the pin buttons share. */
  camera: Camera;
  /** The map's box in CSS pixels. */
  width: number;
  height: number;
}

/** A pin as a renderer drew it: where, in CSS pixels from the map's top left corner. */
export interface RenderedPin {
  id: string;
  x: number;
  y: number;
}
