/**
 * How a pin looks, in CSS pixels: the one specification read by the SVG map, MapLibre's layers, the
 * key and the PNG, so a pin looks the same wherever it is drawn.
 */
import { scaleThreshold } from 'd3-scale';
import type { ShownStatus } from '../data/status.ts';
import type { PeerProvider } from '../data/types.ts';
import type { Palette } from './palette.ts';

export const PIN = {
  /** Gap between a pin's edge and the ring that marks a change in the chosen year. */
  ringGap: 4,
  ringWidth: 2,
  /** Opacity of every pin but the open region's, so the open one stands out. */
  dimmedOpacity: 0.2,
  /** A little see-through, so a pin hidden under its neighbour still shows its edge. */
  fillOpacity: 0.9,
  outlineWidth: 1.5,
  /** Announced regions are a hollow ring in the status colour. */
  hollowWidth: 2.5,
  /** Half the length of each arm of the cross on a closed region. */
  crossHalf: 3,
  crossWidth: 1.6,
  /** A region known only to be running by a date wears a dashed ring this far out. */
  uncertainGap: 2.5,
  uncertainWidth: 1.2,
  /** Dash and gap of that ring, along its circumference. */
  uncertainDash: [2.5, 2],
} as const;

export const ANNOUNCED_RADIUS = 6;
export const CLOSED_RADIUS = 5;
/** An operating region whose zone count no source gives. */
export const UNKNOWN_ZONES_RADIUS = 6;

/**
 * Operating pins grow in steps with their zones, by area rather than radius (a 6-zone region is not
 * 6x as wide). A threshold scale keeps the sizes few enough to read, and unlike a continuous d3 scale
 * it pulls no interpolation or number formatting into the first paint.
 */
const radiusForZones = scaleThreshold<number, number>()
  .domain([2, 3, 4, 6, 9])
  .range([5, 6.5, 7.5, 8.5, 10, 12]);

/** Every radius a running (operating or closing) pin can have, for images drawn per radius. */
export const RUNNING_RADII: readonly number[] = [
  ...new Set([...radiusForZones.range(), UNKNOWN_ZONES_RADIUS]),
].toSorted((a, b) => a - b);

export function pinRadius(pin: {
  status: ShownStatus | 'not-yet';
  zones: number | undefined;
  region?: { provider?: PeerProvider };
}) {
  if (pin.region?.provider) return PEER_RADIUS;
  if (pin.status === 'announced' || pin.status === 'not-yet') return ANNOUNCED_RADIUS;
  if (pin.status === 'closed') return CLOSED_RADIUS;
  return pin.zones === undefined ? UNKNOWN_ZONES_RADIUS : radiusForZones(pin.zones);
}

/** How far from its centre a pin's mark reaches, its rings included: what a label must clear. */
export function outerRadius(pin: {
  status: ShownStatus | 'not-yet';
  zones: number | undefined;
  region?: { provider?: PeerProvider };
  changed: boolean;
  uncertain: boolean;
}) {
  const changeRing = pin.changed ? PIN.ringGap + PIN.ringWidth / 2 : 0;
  const dashedRing = pin.uncertain ? PIN.uncertainGap + PIN.uncertainWidth / 2 : 0;
  return pinRadius(pin) + Math.max(changeRing, dashedRing);
}

/**
 * Another provider's pin: one fixed size (zone counts are Alibaba's story), a shape of its own, and
 * status told by fill as Alibaba's is (filled running, hollow announced, crossed closed).
 */
export const PEER_RADIUS = 5;

export type PeerShape = 'square' | 'diamond' | 'triangle';

export const PEER_SHAPES: Record<PeerProvider, PeerShape> = {
  aws: 'square',
  azure: 'diamond',
  google: 'triangle',
};

/** A shape of about the area of a circle of radius `r`, as SVG path data centred on the origin. */
export function shapePath(shape: PeerShape, r: number): string {
  const f = (n: number) => String(Math.round(n * 100) / 100);
  if (shape === 'square') {
    const h = r * 0.89;
    return `M${f(-h)} ${f(-h)}H${f(h)}V${f(h)}H${f(-h)}Z`;
  }
  if (shape === 'diamond') {
    const h = r * 1.25;
    return `M0 ${f(-h)}L${f(h)} 0L0 ${f(h)}L${f(-h)} 0Z`;
  }
  // Its centroid on the pin's place: a third of the height below the apex's height.
  const h = r * 1.35;
  return `M0 ${f(-h)}L${f(h * 0.87)} ${f(h / 2)}H${f(-h * 0.87)}Z`;
}

/** One stroke or fill of a pin's mark, centred on the pin. */
export type MarkPart =
  | {
      kind: 'circle';
      r: number;
      fill?: string;
      fillOpacity?: number;
      stroke?: string;
      strokeWidth?: number;
      dash?: readonly number[];
    }
  | {
      kind: 'shape';
      /** SVG path data, centred on the pin. */
      d: string;
      fill?: string;
      fillOpacity?: number;
      stroke?: string;
      strokeWidth?: number;
    }
  | { kind: 'cross'; half: number; stroke: string; strokeWidth: number };

export interface Mark {
  status: ShownStatus;
  radius: number;
  /** Ringed: something happened to the region in the chosen year. */
  changed: boolean;
  /** Dashed ring: it is known only to be running by a date, not since one. */
  uncertain?: boolean;
  /** Another provider's region: its shape and colour; Alibaba's when absent. */
  provider?: PeerProvider;
}

/** The parts of a pin's mark, back to front. */
export function markParts(mark: Mark, palette: Palette): MarkPart[] {
  const color = palette.status[mark.status];
  const parts: MarkPart[] = [];
  if (mark.changed) {
    parts.push({
      kind: 'circle',
      r: mark.radius + PIN.ringGap,
      stroke: palette.highlight,
      strokeWidth: PIN.ringWidth,
    });
  }
  if (mark.provider) {
    const d = shapePath(PEER_SHAPES[mark.provider], mark.radius);
    const own = mark.status === 'closed' ? color : palette.provider[mark.provider];
    parts.push(
      mark.status === 'announced'
        ? { kind: 'shape', d, stroke: own, strokeWidth: PIN.outlineWidth }
        : {
            kind: 'shape',
            d,
            fill: own,
            fillOpacity: PIN.fillOpacity,
            stroke: palette.pinStroke,
            strokeWidth: PIN.outlineWidth,
          },
    );
  } else {
    parts.push(
      mark.status === 'announced'
        ? { kind: 'circle', r: mark.radius, stroke: color, strokeWidth: PIN.hollowWidth }
        : {
            kind: 'circle',
            r: mark.radius,
            fill: color,
            fillOpacity: PIN.fillOpacity,
            stroke: palette.pinStroke,
            strokeWidth: PIN.outlineWidth,
          },
    );
  }
  if (mark.uncertain) {
    parts.push({
      kind: 'circle',
      r: mark.radius + PIN.uncertainGap,
      stroke: palette.text,
      strokeWidth: PIN.uncertainWidth,
      dash: PIN.uncertainDash,
    });
  }
  if (mark.status === 'closed') {
    parts.push({
      kind: 'cross',
      half: PIN.crossHalf,
      stroke: palette.highlight,
      strokeWidth: PIN.crossWidth,
    });
  }
  return parts;
}

const partsCache = new WeakMap<Palette, Map<string, MarkPart[]>>();

/**
 * `markParts`, the same array for the same mark: a map has a few kinds of mark and many pins, so a
 * slider step hands most pins the parts they already have.
 */
export function cachedParts(mark: Mark, palette: Palette): MarkPart[] {
  let byMark = partsCache.get(palette);
  if (!byMark) partsCache.set(palette, (byMark = new Map()));
  const key = `${mark.status} ${mark.radius} ${mark.changed} ${mark.uncertain ?? false} ${mark.provider ?? ''}`;
  let parts = byMark.get(key);
  if (!parts) byMark.set(key, (parts = markParts(mark, palette)));
  return parts;
}

/** Draws a mark's parts on a canvas, centred on (x, y). */
export function drawMark(
  context: CanvasRenderingContext2D,
  parts: readonly MarkPart[],
  x: number,
  y: number,
): void {
  for (const part of parts) {
    context.beginPath();
    if (part.kind === 'circle' || part.kind === 'shape') {
      let path: Path2D | undefined;
      if (part.kind === 'circle') {
        context.arc(x, y, part.r, 0, Math.PI * 2);
      } else {
        path = new Path2D();
        path.addPath(new Path2D(part.d), new DOMMatrix().translate(x, y));
      }
      if (part.fill) {
        context.globalAlpha = part.fillOpacity ?? 1;
        context.fillStyle = part.fill;
        if (path) context.fill(path);
        else context.fill();
        context.globalAlpha = 1;
      }
      if (path && part.stroke) {
        context.strokeStyle = part.stroke;
        context.lineWidth = part.strokeWidth ?? 1;
        context.lineJoin = 'round';
        context.stroke(path);
        continue;
      }
    } else {
      context.moveTo(x - part.half, y - part.half);
      context.lineTo(x + part.half, y + part.half);
      context.moveTo(x + part.half, y - part.half);
      context.lineTo(x - part.half, y + part.half);
    }
    if (part.stroke) {
      context.strokeStyle = part.stroke;
      context.lineWidth = part.strokeWidth ?? 1;
      context.setLineDash(part.kind === 'circle' && part.dash ? [...part.dash] : []);
      context.stroke();
      context.setLineDash([]);
    }
  }
}
