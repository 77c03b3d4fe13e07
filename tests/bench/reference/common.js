/**
 * What both reference pages share with each other and with the app: the dataset (or the synthetic
 * one with `?n=10000`), the status of a region at a year, the world view, and a year slider that
 * moves one year per arrow key. Each page reports `data-map-state="ready"` when its first map with
 * pins is in place and `data-rendered-pins` when a slider step is in place, as the app does.
 */
import worldUrl from 'world-atlas/countries-110m.json?url';
import { REGIONS } from '../../../src/data/regions.ts';
import { SHOWN_STATUSES, statusAt } from '../../../src/data/status.ts';
import { boundsOf, FIT_PADDING_PX, fitCamera } from '../../../src/map/camera.ts';
import { PALETTES } from '../../../src/map/palette.ts';
import { syntheticRegions } from '../synthetic.mjs';

export { statusAt };

const params = new URLSearchParams(location.search);
const count = Number(params.get('n') ?? 0);

export const regions = count > 0 ? syntheticRegions(count) : REGIONS;

/** The app's light palette, flattened for pages that colour by status name. */
const light = PALETTES.light;
export const COLORS = {
  ocean: light.ocean,
  land: light.land,
  border: light.border,
  pinStroke: light.pinStroke,
  ...light.status,
};

export { SHOWN_STATUSES as STATUSES };

const years = regions.flatMap((region) => region.events.map((e) => Number(e.date.slice(0, 4))));
const first = Math.min(...years);
const last = Math.max(new Date().getUTCFullYear(), ...years);

export const startYear = Number(params.get('year') ?? last);

export async function loadWorld() {
  const response = await fetch(worldUrl);
  if (!response.ok) throw new Error(`countries-110m: ${response.status}`);
  return response.json();
}

/** The view that fits `shown` (the dataset's regions unless told), as the app fits its regions. */
export function cameraFor(element, shown = regions) {
  return fitCamera(boundsOf(shown), element.clientWidth, element.clientHeight, FIT_PADDING_PX);
}

export function setState(name, value) {
  document.documentElement.dataset[name] = String(value);
}

/** The year slider: ArrowLeft/ArrowRight move one year, like the app's. */
export function slider(onYear) {
  const input = document.getElementById('year-slider');
  input.min = String(first);
  input.max = String(last);
  input.value = String(startYear);
  input.addEventListener('keydown', (event) => {
    const step = { ArrowLeft: -1, ArrowRight: 1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const year = Math.min(last, Math.max(first, Number(input.value) + step));
    if (String(year) === input.value) return;
    input.value = String(year);
    onYear(year);
  });
  input.addEventListener('input', () => onYear(Number(input.value)));
}
