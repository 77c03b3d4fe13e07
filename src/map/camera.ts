/**
 * The camera both renderers share, so the SVG first paint and the MapLibre map that replaces it put
 * every pin on the same pixel. MapLibre's Web Mercator uses 512-pixel tiles: at zoom z the world is
 * 512 * 2^z pixels wide.
 */

export interface Camera {
  /** [longitude, latitude] at the centre of the view. */
  center: [number, number];
  zoom: number;
}

export type Bounds = [[number, number], [number, number]];

export const TILE_SIZE = 512;

/** Room around the regions when the map fits them: the widest pin and its ring stay whole. */
export const FIT_PADDING_PX = 24;
export const MIN_ZOOM = -1;
export const MAX_ZOOM = 6;

/** Longitude and latitude to Web Mercator units, 0 to 1 across and down the world. */
export function mercator(lon: number, lat: number): [number, number] {
  const x = (lon + 180) / 360;
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return [x, y];
}

export function inverseMercator(x: number, y: number): [number, number] {
  const lon = x * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [lon, lat];
}

/**
 * The nearest camera to `camera` that MapLibre, drawing one world and no copies, will show: the
 * world fills the box, so the zoom is at least the box's longer side and no edge of the world comes
 * into view. Every renderer is handed a camera this allows, so MapLibre never moves it on its own
 * and the SVG map and the pin buttons stay on MapLibre's pixels.
 */
export function constrainCamera(camera: Camera, width: number, height: number): Camera {
  const fillZoom = Math.log2(Math.max(width, height, 1) / TILE_SIZE);
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, fillZoom, camera.zoom));
  const worldSize = TILE_SIZE * 2 ** zoom;
  const clamp = (value: number, half: number) => Math.min(1 - half, Math.max(half, value));
  const [x, y] = mercator(...camera.center);
  const center = inverseMercator(clamp(x, width / 2 / worldSize), clamp(y, height / 2 / worldSize));
  return { center, zoom };
}

/** The smallest bounds holding every point. */
export function boundsOf(points: readonly { lon: number; lat: number }[]): Bounds {
  const lons = points.map((point) => point.lon);
  const lats = points.map((point) => point.lat);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}

/**
 * The largest view of `bounds` that fits a box of `width` x `height` CSS pixels, leaving `padding`
 * pixels on every side (room for a pin drawn at the edge of the bounds).
 */
export function fitCamera(bounds: Bounds, width: number, height: number, padding = 0): Camera {
  const [west, south] = bounds[0];
  const [east, north] = bounds[1];
  const [x0, y1] = mercator(west, south);
  const [x1, y0] = mercator(east, north);
  const inner = [Math.max(1, width - 2 * padding), Math.max(1, height - 2 * padding)] as const;
  const scale = Math.min(inner[0] / ((x1 - x0) * TILE_SIZE), inner[1] / ((y1 - y0) * TILE_SIZE));
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.log2(scale)));
  return constrainCamera(
    { center: inverseMercator((x0 + x1) / 2, (y0 + y1) / 2), zoom },
    width,
    height,
  );
}

/** Where a point lands in a box of `width` x `height` seen through `camera`, in CSS pixels. */
export function projectPoint(
  camera: Camera,
  width: number,
  height: number,
  lon: number,
  lat: number,
): { x: number; y: number } {
  const worldSize = TILE_SIZE * 2 ** camera.zoom;
  const [cx, cy] = mercator(...camera.center);
  const [px, py] = mercator(lon, lat);
  return { x: width / 2 + (px - cx) * worldSize, y: height / 2 + (py - cy) * worldSize };
}

/** Far less than a pixel at any zoom: two cameras this close show the same view. */
const SAME_VIEW_EPSILON = 1e-9;

export function sameCamera(a: Camera, b: Camera): boolean {
  return (
    Math.abs(a.center[0] - b.center[0]) < SAME_VIEW_EPSILON &&
    Math.abs(a.center[1] - b.center[1]) < SAME_VIEW_EPSILON &&
    Math.abs(a.zoom - b.zoom) < SAME_VIEW_EPSILON
  );
}

/** The camera moved by a drag of `dx`, `dy` CSS pixels: the world follows the pointer. */
export function panCamera(camera: Camera, dx: number, dy: number): Camera {
  const worldSize = TILE_SIZE * 2 ** camera.zoom;
  const [x, y] = mercator(...camera.center);
  return { center: inverseMercator(x - dx / worldSize, y - dy / worldSize), zoom: camera.zoom };
}

/**
 * The camera zoomed by `delta` levels about a point `px`, `py` CSS pixels from the box's centre:
 * the place under that point stays under it, as under a wheel or a pinch.
 */
export function zoomCameraAt(camera: Camera, delta: number, px = 0, py = 0): Camera {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, camera.zoom + delta));
  const before = TILE_SIZE * 2 ** camera.zoom;
  const after = TILE_SIZE * 2 ** zoom;
  const [x, y] = mercator(...camera.center);
  const [wx, wy] = [x + px / before, y + py / before];
  return { center: inverseMercator(wx - px / after, wy - py / after), zoom };
}
