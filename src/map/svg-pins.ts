/**
 * The SVG map's pins as it draws them, remembered from one year to the next: a pin drawn as
 * before keeps its object, so a slider step touches only the nodes of the pins it changes.
 */
import type { PinView } from '../data/year-view.ts';
import type { Palette } from './palette.ts';
import { cachedParts, pinRadius, type MarkPart } from './pin-style.ts';
import type { BoxPoint } from './scene.ts';

export interface DrawnPin {
  id: string;
  /** The node's `transform`, to the pin's place in the box. */
  transform: string;
  /** The mark's parts; none while the region is not yet known. */
  parts: MarkPart[] | undefined;
}

/** Each region's `transform` to its place in the box (the scene's places, per camera). */
export function pinTransforms(places: ReadonlyMap<string, BoxPoint>): ReadonlyMap<string, string> {
  const transforms = new Map<string, string>();
  for (const [id, { x, y }] of places) {
    transforms.set(id, `translate(${x.toFixed(1)} ${y.toFixed(1)})`);
  }
  return transforms;
}

/** A drawer that hands back last year's object for every pin that is drawn as it was. */
export function svgPinDrawer(): (
  pins: readonly PinView[],
  transforms: ReadonlyMap<string, string>,
  palette: Palette,
) => DrawnPin[] {
  let last = new Map<string, DrawnPin>();
  return (pins, transforms, palette) => {
    const next = new Map<string, DrawnPin>();
    const drawn = pins.map((pin) => {
      const transform = transforms.get(pin.id) ?? '';
      const parts =
        pin.status === 'not-yet'
          ? undefined
          : cachedParts(
              {
                status: pin.status,
                radius: pinRadius(pin),
                changed: pin.changed,
                uncertain: pin.uncertain,
                provider: pin.region.provider,
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
