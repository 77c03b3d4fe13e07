/**
 * The SVG map's pins as it draws them, remembered from one year to the next: a pin drawn as
 * before keeps its object, so a slider step touches only the nodes of the pins it changes.
 */
import type { PinView } from '../data/year-view.ts';
import type { Palette } from './palette.ts';
import { cachedParts, pinRadius, type MarkPart } from './pin-style.ts';

export interface DrawnPin {
  id: string;
  /** The node's `transform`, to the pin's place in the box. */
  transform: string;
  /** The mark's parts; none while the region is not yet known. */
  parts: MarkPart[] | undefined;
}

/** Where a point that cannot be projected goes: outside any box. */
const OFF_MAP = -1000;

/** Each pin's `transform` in the box, from a projection to CSS pixels. */
export function pinPlaces(
  pins: readonly PinView[],
  project: (lonLat: [number, number]) => [number, number] | null,
): ReadonlyMap<string, string> {
  return new Map(
    pins.map((pin) => {
      const [x, y] = project([pin.lon, pin.lat]) ?? [OFF_MAP, OFF_MAP];
      return [pin.id, `translate(${x.toFixed(1)} ${y.toFixed(1)})`];
    }),
  );
}

/** A drawer that hands back last year's object for every pin that is drawn as it was. */
export function svgPinDrawer(): (
  pins: readonly PinView[],
  places: ReadonlyMap<string, string>,
  palette: Palette,
) => DrawnPin[] {
  let last = new Map<string, DrawnPin>();
  return (pins, places, palette) => {
    const next = new Map<string, DrawnPin>();
    const drawn = pins.map((pin) => {
      const transform = places.get(pin.id) ?? '';
      const parts =
        pin.status === 'not-yet'
          ? undefined
          : cachedParts(
              {
                status: pin.status,
                radius: pinRadius(pin),
                changed: pin.changed,
                uncertain: pin.uncertain,
              },
              palette,
            );
      const before = last.get(pin.id);
      const item =
        before && before.transform === transform && before.parts === parts
          ? before
          : { id: pin.id, transform, parts };
      next.set(pin.id, item);
      return item;
    });
    last = next;
    return drawn;
  };
}
