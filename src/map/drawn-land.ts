/**
 * The country shapes as the page's HTML already draws them. The build renders the SVG map into the
 * HTML at one camera and box; until the shapes file is needed (a zoom past what those paths can
 * show sharply, MapLibre, a picture), the browser's map reuses the HTML's paths, moved and scaled
 * to the view: Web Mercator views differ by a uniform scale and a shift, so the same path drawn
 * through another camera is exact, only as fine as its rounding.
 */
import { mercator, TILE_SIZE, type Camera } from './camera.ts';

/** Country borders are hairlines: they place a pin without competing with it. */
export const BORDER_WIDTH = 0.6;

/** The two paths the SVG map draws its countries with, as SVG path data. */
export interface DrawnLand {
  land: string;
  borders: string;
}

export interface View {
  camera: Camera;
  width: number;
  height: number;
}

/**
 * The paths are rounded to whole pixels at the camera they were drawn at: scaled up by more than
 * this, the rounding shows on coastlines, and the shapes file is worth its download.
 */
export const MAX_DRAWN_SCALE = 1.5;

/** How much larger the view shows the world than `drawn` did. */
export function drawnScale(drawn: View, view: View): number {
  return 2 ** (view.camera.zoom - drawn.camera.zoom);
}

/** Closer than a hundredth of a pixel: nothing to move. */
const SAME_PLACE_PX = 0.01;

/**
 * The SVG transform that puts what was drawn at `drawn`'s camera and box where `view` shows it;
 * undefined when the two are the same view.
 */
export function drawnTransform(drawn: View, view: View): string | undefined {
  const scale = drawnScale(drawn, view);
  const worldSize = TILE_SIZE * 2 ** view.camera.zoom;
  const [fromX, fromY] = mercator(...drawn.camera.center);
  const [toX, toY] = mercator(...view.camera.center);
  const x = view.width / 2 - (scale * drawn.width) / 2 + (fromX - toX) * worldSize;
  const y = view.height / 2 - (scale * drawn.height) / 2 + (fromY - toY) * worldSize;
  const still = Math.abs(scale - 1) < 1e-9;
  if (still && Math.abs(x) < SAME_PLACE_PX && Math.abs(y) < SAME_PLACE_PX) return undefined;
  // Finer than a hundredth of a pixel across the widest box.
  const round = (value: number) => Number(value.toFixed(6));
  return `matrix(${round(scale)} 0 0 ${round(scale)} ${round(x)} ${round(y)})`;
}

/** The SVG map's two country paths (`DrawnLand`'s `land` and `borders`), as selectors. */
export const DRAWN_PATHS = ['path[data-land]', 'path[data-borders]'] as const;

/** The paths of the SVG map in `root` (the page's prerendered HTML), if it has them. */
export function readDrawnLand(root: ParentNode): DrawnLand | undefined {
  const [land, borders] = DRAWN_PATHS.map((path) => root.querySelector(path)?.getAttribute('d'));
  return land && borders ? { land, borders } : undefined;
}
