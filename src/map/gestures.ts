/**
 * The SVG map's own gestures, from pointer, wheel and key events to cameras, until MapLibre takes
 * over: a mouse or pen drags, two fingers pinch and pan, one finger scrolls the page, the wheel
 * and the + and − keys zoom. Pure (the caller hands it numbers from the events and the map's box),
 * so each gesture is tested without a browser; MapLibre's rates are kept, so the swap does not jump.
 */
import { panCamera, zoomCameraAt, type Camera } from './camera.ts';

/** A pointer this far from where it went down is a drag, not a click on a pin. */
export const DRAG_THRESHOLD_PX = 4;
/** Zoom levels per pixel of wheel travel: MapLibre's own rate. */
const WHEEL_ZOOM_PER_PX = 1 / 450;
/** The pixels a wheel's "line" stands for, as browsers scroll a page. */
const WHEEL_LINE_PX = 40;

/** The map's box in the page, as `getBoundingClientRect` gives it. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Pointer {
  x: number;
  y: number;
  startX: number;
  startY: number;
}

/** A point in the page as pixels from the box's centre, where `zoomCameraAt` measures from. */
const fromCentre = (box: Box, x: number, y: number): [number, number] => [
  x - box.left - box.width / 2,
  y - box.top - box.height / 2,
];

/** The pointers of the gesture in progress, and whether it has become a drag. */
export class PointerGesture {
  readonly #pointers = new Map<number, Pointer>();
  #dragged = false;

  /** A pointer went down on the map; a mouse's other buttons are not gestures. */
  down(id: number, x: number, y: number, mouseButton?: number): void {
    if (mouseButton !== undefined && mouseButton !== 0) return;
    this.#pointers.set(id, { x, y, startX: x, startY: y });
    if (this.#pointers.size === 1) this.#dragged = false;
  }

  /**
   * The camera a pointer's move gives, or undefined when the map stays (a touch's one finger,
   * a mouse still within a click's reach); `capture` when a drag has just begun, so the caller
   * keeps the pointer's events as it leaves the map.
   */
  move(
    id: number,
    x: number,
    y: number,
    touch: boolean,
    camera: Camera,
    box: Box,
  ): { camera: Camera; capture: boolean } | undefined {
    const pointer = this.#pointers.get(id);
    if (!pointer) return undefined;
    if (this.#pointers.size >= 2) {
      // Two fingers: the pinch zooms about their middle, and the middle's travel pans.
      const [a, b] = [...this.#pointers.values()] as [Pointer, Pointer];
      const span = () => ({
        d: Math.hypot(a.x - b.x, a.y - b.y),
        x: (a.x + b.x) / 2,
        y: (a.y + b.y) / 2,
      });
      const before = span();
      pointer.x = x;
      pointer.y = y;
      const after = span();
      const zoomed = zoomCameraAt(
        camera,
        Math.log2(after.d / Math.max(1, before.d)),
        ...fromCentre(box, after.x, after.y),
      );
      this.#dragged = true;
      return { camera: panCamera(zoomed, after.x - before.x, after.y - before.y), capture: false };
    }
    // One finger scrolls the page (cooperative gestures on every touch screen); a mouse or pen drags.
    if (touch) return undefined;
    if (!this.#dragged && Math.hypot(x - pointer.startX, y - pointer.startY) < DRAG_THRESHOLD_PX) {
      return undefined;
    }
    const capture = !this.#dragged;
    this.#dragged = true;
    const [dx, dy] = [x - pointer.x, y - pointer.y];
    pointer.x = x;
    pointer.y = y;
    return { camera: panCamera(camera, dx, dy), capture };
  }

  up(id: number): void {
    this.#pointers.delete(id);
  }

  /** Whether the click that ends this gesture ends a drag, and so is no click on a pin. Once. */
  endsDrag(): boolean {
    const dragged = this.#dragged;
    this.#dragged = false;
    return dragged;
  }
}

/** The camera a wheel's turn gives, zooming about the pointer; `lines` for a wheel that counts lines. */
export function wheelCamera(
  camera: Camera,
  deltaY: number,
  lines: boolean,
  x: number,
  y: number,
  box: Box,
): Camera {
  const pixels = lines ? deltaY * WHEEL_LINE_PX : deltaY;
  return zoomCameraAt(camera, -pixels * WHEEL_ZOOM_PER_PX, ...fromCentre(box, x, y));
}

/** The zoom levels a key asks for: + (or =, its unshifted key) in, − (or _) out, others none. */
export function keyZoom(key: string): number {
  if (key === '+' || key === '=') return 1;
  if (key === '-' || key === '_') return -1;
  return 0;
}
