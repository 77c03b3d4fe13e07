/**
 * Names beside pins, placed so that no label covers another label or a pin: each label tries the
 * spots around its pin in a fixed order and takes the first free one, or is left out. Pure: the
 * caller measures the text.
 */
import type { PinView } from '../data/year-view.ts';
import { outerRadius } from './pin-style.ts';
import type { MapScene } from './scene.ts';

export interface LabelRequest {
  id: string;
  text: string;
  /** The pin's centre and radius, in CSS pixels. */
  x: number;
  y: number;
  radius: number;
  /** The text's size in CSS pixels, as measured by the caller. */
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Top left corner of the label's box. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** Which side of the pin the text stands on, for its alignment. */
  side: 'right' | 'left' | 'top' | 'bottom';
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Air between a pin and its label, in CSS pixels. */
const GAP = 4;

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Wider than any label is tall and most are wide: a box lies in a few cells. */
const GRID_CELL_PX = 64;

/**
 * Boxes filed by the grid cells they touch, so a label is checked against its neighbours only,
 * not against every pin of a map of thousands.
 */
function boxGrid() {
  const cells = new Map<string, Box[]>();
  const span = (from: number, to: number) => [
    Math.floor(from / GRID_CELL_PX),
    Math.floor(to / GRID_CELL_PX),
  ];
  const each = (box: Box, visit: (key: string) => boolean | void) => {
    const [x0, x1] = span(box.left, box.right) as [number, number];
    const [y0, y1] = span(box.top, box.bottom) as [number, number];
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) if (visit(`${cx} ${cy}`) === true) return true;
    }
    return false;
  };
  return {
    add(box: Box): void {
      each(box, (key) => {
        const cell = cells.get(key);
        if (cell) cell.push(box);
        else cells.set(key, [box]);
      });
    },
    hits: (box: Box): boolean =>
      each(box, (key) => cells.get(key)?.some((other) => overlaps(box, other)) === true),
  };
}

/**
 * Places labels in the order given (the most important first), avoiding `obstacles` (every pin on
 * the map) and the box's edges.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly { x: number; y: number; radius: number }[],
  box: { width: number; height: number },
): PlacedLabel[] {
  const taken = boxGrid();
  for (const { x, y, radius } of obstacles) {
    taken.add({ left: x - radius, top: y - radius, right: x + radius, bottom: y + radius });
  }
  const placed: PlacedLabel[] = [];
  for (const label of requests) {
    const { x, y, radius, width, height } = label;
    const candidates: Array<[PlacedLabel['side'], number, number]> = [
      ['right', x + radius + GAP, y - height / 2],
      ['left', x - radius - GAP - width, y - height / 2],
      ['top', x - width / 2, y - radius - GAP - height],
      ['bottom', x - width / 2, y + radius + GAP],
    ];
    for (const [side, left, top] of candidates) {
      const candidate = { left, top, right: left + width, bottom: top + height };
      const inside =
        candidate.left >= 0 &&
        candidate.top >= 0 &&
        candidate.right <= box.width &&
        candidate.bottom <= box.height;
      // The label's own pin is among the obstacles; it never overlaps its own side spots.
      if (!inside || taken.hits(candidate)) continue;
      taken.add(candidate);
      placed.push({ id: label.id, text: label.text, left, top, width, height, side });
      break;
    }
  }
  return placed;
}

/** The labels' typeface, shared by the map's labels and the PNG. */
export const LABEL_FONT_PX = 12;
export const LABEL_LINE_PX = 16;
export const LABEL_FONT = `600 ${LABEL_FONT_PX}px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif`;

/** Where a pin stands on the map, and how far its mark reaches (rings included). */
export interface PlacedPin {
  pin: PinView;
  x: number;
  y: number;
  radius: number;
}

/** Every pin the map shows, where the scene's camera puts it. */
export function placePins(scene: MapScene): PlacedPin[] {
  return scene.visible.map((pin) => {
    const { x, y } = scene.places.get(pin.id) ?? OFF_MAP;
    return { pin, radius: outerRadius(pin), x, y };
  });
}

/** Where a pin without a place (none should be) stands: outside any box. */
const OFF_MAP = { x: -1000, y: -1000 };

/**
 * The names the map shows: the open region's first, then the year's changes at Alibaba (the
 * map's subject: a compared provider's changes are in the year's events), each placed where it
 * covers no other name, pin or `marks` (what else the map draws on top, e.g. a cluster's count),
 * or left out.
 */
export function mapLabels(
  scene: MapScene,
  measureText: (text: string) => number,
  pins: readonly PlacedPin[] = placePins(scene),
  marks: readonly { x: number; y: number; radius: number }[] = [],
): PlacedLabel[] {
  const wanted = pins
    .filter(({ pin }) => pin.id === scene.selectedId || (pin.changed && !pin.region.provider))
    .toSorted(
      (a, b) => Number(b.pin.id === scene.selectedId) - Number(a.pin.id === scene.selectedId),
    );
  const requests: LabelRequest[] = wanted.map(({ pin, x, y, radius }) => ({
    id: pin.id,
    text: pin.name,
    x,
    y,
    radius,
    width: measureText(pin.name) + 6,
    height: LABEL_LINE_PX,
  }));
  return placeLabels(requests, [...pins, ...marks], { width: scene.width, height: scene.height });
}
