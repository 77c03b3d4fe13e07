/**
 * Where the pin layer's controls stand: which pins gather under one control, where that control
 * stands, how big each target is, the order arrow keys walk in, where a crowd's other members can
 * be pressed, and where a card or a crowd's list opens beside a control. Pure, so the slow path at
 * 10,000 regions is measured and tested without a browser; `pinLayouter` makes it incremental, so
 * a year step that moves no pin keeps every control as it was.
 */
import { clusterPoints, nearestDistances, type Closeness } from './clusters.ts';
import type { PlacedPin } from './labels.ts';

/**
 * Targets. A finger gets 44 px (WCAG 2.5.5): pins closer than that gather into compact clusters
 * (two targets wide at most), and pins closer than 24 px (WCAG 2.5.8's least) always do, so no
 * target is ever smaller. A mouse gets 24 px where there is room, and as much as there is between
 * neighbours where not, so each pin keeps its own name on hover; only pins nearly on top of each
 * other (closer than 12 px) gather.
 */
export const TOUCH_TARGET_PX = 44;
export const POINTER_TARGET_PX = 24;
const POINTER_STACK_PX = 12;
const TOUCH_CLOSENESS: Closeness = {
  together: POINTER_TARGET_PX,
  near: TOUCH_TARGET_PX,
  span: 2 * TOUCH_TARGET_PX,
};
const POINTER_CLOSENESS: Closeness = {
  together: POINTER_STACK_PX,
  near: POINTER_STACK_PX,
  span: 0,
};

/** A point where a control's target is centred, in CSS pixels from the map's top left corner. */
export interface TargetPoint {
  id: string;
  x: number;
  y: number;
}

/** One control of the pin layer: a lone pin, or a crowd under a count. */
export interface PinControl {
  /** The members' ids, as the cluster found them: the control's name in the page. */
  key: string;
  /** The members' ids, west to east: the order a crowd's list names them in. */
  ids: string[];
  /** Where the control stands: on its pin, or on the crowd's member nearest its centre. */
  x: number;
  y: number;
  /** The target's width and height. */
  size: number;
  /** The pin the control stands on. */
  anchorId: string;
  /** A crowd's other members: each can be pressed too, and opens the crowd's list. */
  others: TargetPoint[];
  /** West to east, then north to south: the order arrows walk in. */
  order: number;
}

/** The controls for the pins the map shows, `touch` for a finger's targets. */
export function layoutPins(placed: readonly PlacedPin[], touch: boolean): PinControl[] {
  const closeness = touch ? TOUCH_CLOSENESS : POINTER_CLOSENESS;
  const target = touch ? TOUCH_TARGET_PX : POINTER_TARGET_PX;
  const points = placed.map(({ pin, x, y }) => ({ id: pin.id, x, y }));
  const clusters = clusterPoints(points, closeness);
  // Each pin's cluster by its index: a crowd of thousands is one number, not a long string.
  const clusterOf = new Map(clusters.flatMap((cluster, c) => cluster.ids.map((id) => [id, c])));
  const distances = nearestDistances(points, target, (point) => clusterOf.get(point.id)!);
  const byId = new Map(placed.map((entry, i) => [entry.pin.id, { ...entry, room: distances[i]! }]));
  return clusters
    .map((cluster): PinControl => {
      const members = cluster.ids.map((id) => byId.get(id)!);
      // Standing on a member, the control covers no pin of another cluster: those are all a
      // target's width away from every member.
      let anchor = members[0]!;
      for (const member of members) {
        if (
          Math.hypot(member.x - cluster.x, member.y - cluster.y) <
          Math.hypot(anchor.x - cluster.x, anchor.y - cluster.y)
        ) {
          anchor = member;
        }
      }
      const westToEast = members.toSorted((a, b) => a.pin.lon - b.pin.lon);
      const space = members.reduce((least, member) => Math.min(least, member.room), target);
      return {
        key: cluster.ids.join(' '),
        ids: westToEast.map((member) => member.pin.id),
        x: anchor.x,
        y: anchor.y,
        size: Math.max(closeness.together, Math.min(target, space)),
        anchorId: anchor.pin.id,
        others: members
          .filter((member) => member !== anchor)
          .map(({ pin, x, y }) => ({ id: pin.id, x, y })),
        order: westToEast[0]!.pin.lon,
      };
    })
    .toSorted((a, b) => a.order - b.order || a.y - b.y);
}

const samePoints = (a: readonly TargetPoint[], b: readonly TargetPoint[]) =>
  a.length === b.length &&
  a.every((point, i) => point.id === b[i]!.id && point.x === b[i]!.x && point.y === b[i]!.y);

const sameControl = (a: PinControl, b: PinControl) =>
  a.key === b.key &&
  a.x === b.x &&
  a.y === b.y &&
  a.size === b.size &&
  a.order === b.order &&
  a.anchorId === b.anchorId &&
  samePoints(a.others, b.others);

/** A crowd's count: its badge's height (and least width), and how far it sits off the corner. */
export const COUNT_SIZE_PX = 20;
export const COUNT_OFFSET_PX = 2;

/**
 * Where a crowd's count sits: on its control's top right corner, moved by `dx`, `dy` where the
 * map's edge would cut it (a crowd at the edge of a phone's world view wore half a count; a pin
 * can stand at the very edge, its control half outside); `x`, `y` its centre. Off the corner's
 * side, a control no narrower than the count keeps it off the left edge.
 */
export function countPlace(
  control: Pick<PinControl, 'x' | 'y' | 'size'>,
  width: number,
  height: number,
): { dx: number; dy: number; x: number; y: number } {
  const right = control.x + control.size / 2 + COUNT_OFFSET_PX;
  const top = control.y - control.size / 2 - COUNT_OFFSET_PX;
  const dx = Math.min(0, width - right);
  const dy = Math.min(Math.max(0, -top), height - COUNT_SIZE_PX - top);
  return { dx, dy, x: right + dx - COUNT_SIZE_PX / 2, y: top + dy + COUNT_SIZE_PX / 2 };
}

/**
 * `layoutPins`, remembering its last answer: the same pins at the same places (a year step that
 * only changes statuses) give the very same array, and a control that comes out as it was keeps
 * its object, so the page updates only the controls that changed.
 */
export function pinLayouter(): (placed: readonly PlacedPin[], touch: boolean) => PinControl[] {
  let last: { points: TargetPoint[]; touch: boolean; controls: PinControl[] } | undefined;
  return (placed, touch) => {
    const points = placed.map(({ pin, x, y }) => ({ id: pin.id, x, y }));
    if (last && last.touch === touch && samePoints(last.points, points)) return last.controls;
    const before = new Map(last?.controls.map((control) => [control.key, control]));
    const controls = layoutPins(placed, touch).map((control) => {
      const kept = before.get(control.key);
      return kept && sameControl(kept, control) ? kept : control;
    });
    last = { points, touch, controls };
    return controls;
  };
}

/**
 * Finds the crowd whose other member's target holds a point: those targets are drawn by nobody and
 * answered here, one lookup per pointer event, instead of one element per member (thousands at
 * 10,000 regions, each rebuilt on a year step). The controls themselves are real buttons.
 */
export function crowdTargets(controls: readonly PinControl[]) {
  const members = controls.flatMap((control) =>
    control.others.map((other) => ({ x: other.x, y: other.y, control })),
  );
  const size = Math.max(1, ...controls.map((control) => control.size));
  const cells = new Map<string, typeof members>();
  const cellOf = (x: number, y: number) => `${Math.floor(x / size)} ${Math.floor(y / size)}`;
  for (const member of members) {
    const key = cellOf(member.x, member.y);
    const cell = cells.get(key);
    if (cell) cell.push(member);
    else cells.set(key, [member]);
  }
  return {
    /** The crowd pressed at `x`, `y`, or undefined: the nearest member's whose round target holds it. */
    at(x: number, y: number): PinControl | undefined {
      let best: { control: PinControl; distance: number } | undefined;
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          const key = cellOf(x + dx * size, y + dy * size);
          for (const member of cells.get(key) ?? []) {
            const distance = Math.hypot(member.x - x, member.y - y);
            if (distance > member.control.size / 2) continue;
            if (!best || distance < best.distance) best = { control: member.control, distance };
          }
        }
      }
      return best?.control;
    },
    /** Every crowd member's target, for the page's probe. */
    points(): TargetPoint[] {
      return controls.flatMap((control) => control.others);
    },
  };
}

/** Room between a control and the card or list it opens. */
const POPOVER_GAP_PX = 8;
/** A popover stays this far inside the map, which clips it. */
const EDGE_PX = 4;

/** Where a card or list of `width` opens beside a control, inside a box. */
export interface PopoverPlace {
  left: number;
  /** Below the control: its top; above it: its bottom, from the box's foot. One is set. */
  top?: number;
  bottom?: number;
  /** The height there is between the control and the box's edge on that side. */
  room: number;
}

/**
 * Opens below the control when `below`, above it otherwise, horizontally centred on it where the
 * box allows: the hover card and the crowd's list are placed by this one rule.
 */
export function popoverPlace(
  control: { x: number; y: number; size: number },
  box: { width: number; height: number },
  width: number,
  below: boolean,
): PopoverPlace {
  const left = Math.max(EDGE_PX, Math.min(box.width - width - EDGE_PX, control.x - width / 2));
  if (below) {
    const top = control.y + control.size / 2 + POPOVER_GAP_PX;
    return { left, top, room: box.height - top - EDGE_PX };
  }
  const edge = control.y - control.size / 2 - POPOVER_GAP_PX;
  return { left, bottom: box.height - edge, room: edge - EDGE_PX };
}
