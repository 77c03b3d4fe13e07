/**
 * MapLibre's style for the map: the basemap layers and one layer per pin status, with their paint
 * from the palette and the pin specification. Every pin stands on its layers at every year and shows
 * by feature state (its status, radius and change), as do the marks drawn as images (the closed
 * cross, the dashed rings) on a source of their own and the compared providers' pins on theirs: a
 * slider step sets states only and never sends a source back to MapLibre's worker for layout (with
 * a filter per status, each step waited for the worker, about two frames more than now). Pure, so
 * the style a renderer starts with and every later change come from the same functions.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import {
  isRunning,
  SHOWN_STATUSES,
  standingAt,
  statusAt,
  zonesAt,
  type RegionStatus,
  type ShownStatus,
} from '../../data/status.ts';
import { yearOf } from '../../data/dates.ts';
import type { PinView } from '../../data/year-view.ts';
import type { Basemap } from '../basemap.ts';
import { BORDER_WIDTH } from '../drawn-land.ts';
import type { Palette } from '../palette.ts';
import type { PeerProvider } from '../../data/types.ts';
import {
  ANNOUNCED_RADIUS,
  PEER_RADIUS,
  PIN,
  pinRadius,
  RUNNING_RADII,
  type Mark,
} from '../pin-style.ts';

export const PIN_LAYERS = {
  highlight: 'pins-highlight',
  operating: 'pins-operating',
  closing: 'pins-closing',
  announced: 'pins-announced',
  closed: 'pins-closed',
  closedMark: 'pins-closed-mark',
} as const;

/**
 * The compared providers' pins, under Alibaba's, drawn in the order of a mark's parts: the ring of a
 * change, the body (one layer per look, its image named by the feature's provider), the dashed ring
 * of a date known only "by", the cross of a closure. Each part shows by feature state.
 */
export const PEER_LAYERS = {
  changed: 'pins-peers-changed',
  filled: 'pins-peers-filled',
  hollow: 'pins-peers-hollow',
  closed: 'pins-peers-closed',
  uncertain: 'pins-peers-uncertain',
  cross: 'pins-peers-cross',
} as const;

/**
 * The compared providers' pins: a source of their own holding every region of the shown providers,
 * at every year, so a slider step changes feature states only and never sends the source back to
 * MapLibre's worker for layout (it did, and a step cost three times a step without them).
 */
export const PEER_SOURCE = 'peer-pins';

/** Alibaba's pins: every region at every year, shown by feature state. */
export const PIN_SOURCE = 'pins';

/** The source the image marks stand on: the same points as the pins, shown by feature state. */
export const MARKS_SOURCE = 'pin-marks';

/** One layer of dashed rings per pin radius (a layer's image is fixed; its opacity is not). */
export const ringLayerId = (radius: number) => `pins-uncertain-${radius}`;

export type PinLayerId = (typeof PIN_LAYERS)[keyof typeof PIN_LAYERS];

/** How a compared provider's body looks: a filled shape, a hollow one, a closed one, or none. */
export type PeerLook = 'filled' | 'hollow' | 'closed' | 'none';

const PEER_BODY_LAYERS = [PEER_LAYERS.filled, PEER_LAYERS.hollow, PEER_LAYERS.closed] as const;
const LOOK_OF_LAYER = {
  [PEER_LAYERS.filled]: 'filled',
  [PEER_LAYERS.hollow]: 'hollow',
  [PEER_LAYERS.closed]: 'closed',
} as const satisfies Record<(typeof PEER_BODY_LAYERS)[number], PeerLook>;

/** A compared provider's body as an image's name, and back: `peer:aws:filled`. */
export const peerImageId = (provider: PeerProvider, look: Exclude<PeerLook, 'none'>) =>
  `peer:${provider}:${look}`;

/** The status a look is drawn in: operating and closing bodies look the same. */
const LOOK_STATUS = { filled: 'operating', hollow: 'announced', closed: 'closed' } as const;

export function peerMarkOf(imageId: string): (Mark & { provider: PeerProvider }) | undefined {
  const [kind, provider, look] = imageId.split(':');
  if (kind !== 'peer' || !(look! in LOOK_STATUS)) return undefined;
  return {
    provider: provider as PeerProvider,
    status: LOOK_STATUS[look as keyof typeof LOOK_STATUS],
    radius: PEER_RADIUS,
    changed: false,
    uncertain: false,
  };
}

/** The parts a compared provider's pin can show in some year: a layer holds only those that can. */
export type PeerParts = Record<Exclude<PeerLook, 'none'> | 'uncertain', boolean>;

const statusesByRegion = new WeakMap<PinView['region'], ReadonlySet<ShownStatus>>();

/**
 * The statuses a region takes at the end of some year, as the slider shows it. MapLibre draws (and,
 * for symbols, places) every feature of a layer on every frame, shown or not: a pin stands only on
 * the layers it can show in.
 */
export function statusesOf(region: PinView['region']): ReadonlySet<ShownStatus> {
  let statuses = statusesByRegion.get(region);
  if (statuses) return statuses;
  const taken = new Set<ShownStatus>();
  const years = region.events.map((event) => yearOf(event.date));
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    const status = statusAt(region, year);
    if (status !== 'not-yet') taken.add(status);
  }
  statuses = taken;
  statusesByRegion.set(region, statuses);
  return statuses;
}

/** The looks a region takes in some year, and whether it can wear a dashed ring. */
export function peerParts(region: PinView['region']): PeerParts {
  const parts: PeerParts = { filled: false, hollow: false, closed: false, uncertain: false };
  for (const status of statusesOf(region))
    parts[lookOf(status) as Exclude<PeerLook, 'none'>] = true;
  parts.uncertain = region.events.some((event) => event.certainty === 'by');
  return parts;
}

function lookOf(status: RegionStatus): PeerLook {
  if (status === 'not-yet') return 'none';
  if (status === 'announced') return 'hollow';
  return status === 'closed' ? 'closed' : 'filled';
}

/**
 * Every region of the compared providers shown, whatever its status at the year: where each stands,
 * its provider (which names its body's image) and the parts it can ever show.
 */
export function peerFeatures(pins: readonly PinView[]): FeatureCollection<Point> {
  const features: FeatureCollection<Point>['features'] = [];
  for (const pin of pins) {
    const provider = pin.region.provider;
    if (!provider) continue;
    features.push({
      type: 'Feature',
      properties: { id: pin.id, provider, ...peerParts(pin.region) },
      geometry: { type: 'Point', coordinates: [pin.lon, pin.lat] },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** What a compared provider's pin shows at a year, as its feature state. */
export interface PeerState {
  look: PeerLook;
  changed: boolean;
  uncertain: boolean;
  closed: boolean;
}

export function peerState(pin: PinView): PeerState {
  const shown = pin.status !== 'not-yet';
  return {
    look: lookOf(pin.status),
    changed: shown && pin.changed,
    uncertain: shown && pin.uncertain,
    closed: pin.status === 'closed',
  };
}

export const CROSS_IMAGE = 'closed-cross';

/** The cross is drawn at twice the CSS pixel density so it stays crisp on high-density screens. */
export const CROSS_PIXEL_RATIO = 2;

/** Alibaba's pins, each naming the statuses it takes in some year: the layers it stands on. */
export function pinFeatures(pins: readonly PinView[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: pins.map((pin) => {
      const statuses = statusesOf(pin.region);
      return {
        type: 'Feature',
        properties: {
          id: pin.id,
          ...Object.fromEntries(SHOWN_STATUSES.map((status) => [status, statuses.has(status)])),
        },
        geometry: { type: 'Point', coordinates: [pin.lon, pin.lat] },
      };
    }),
  };
}

/** What one of Alibaba's pins shows at a year, as its feature state: which layer, how large, new. */
export interface PinState {
  status: PinView['status'];
  radius: number;
  changed: boolean;
}

export function pinState(pin: PinView): PinState {
  return {
    status: pin.status,
    radius: pinRadius(pin),
    changed: pin.changed && pin.status !== 'not-yet',
  };
}

/** What the image marks of a pin show at a year: its cross, and the radius its ring is for (0: none). */
export interface MarkState {
  closed: boolean;
  ring: number;
}

/**
 * Whether a region can ever wear an image mark: a cross, or a dashed ring in some year. Only those
 * stand on the marks' source, so MapLibre places symbols for a few pins, not all.
 */
export function canCarryMark(pin: PinView): boolean {
  const { cross, rings } = marksOf(pin.region);
  return cross || rings.size > 0;
}

/** The image marks a region wears in some year: its cross, and the radii of its dashed rings. */
export interface MarkParts {
  cross: boolean;
  rings: ReadonlySet<number>;
}

const marksByRegion = new WeakMap<PinView['region'], MarkParts>();

/**
 * The marks a region takes at the end of some year. Like the bodies, a mark stands only on the
 * layers it can show in: with a ring layer per radius, every markable pin on every one of them was
 * half of all the symbols MapLibre placed, drew and searched on each step.
 */
export function marksOf(region: PinView['region']): MarkParts {
  let marks = marksByRegion.get(region);
  if (marks) return marks;
  const rings = new Set<number>();
  // After the last dated fact (an event or a zone count) nothing a mark depends on changes.
  const years = [...region.events, ...region.zoneCounts].map((fact) => yearOf(fact.date));
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    const { status, cause } = standingAt(region, year);
    if (cause?.certainty !== 'by' || !isRunning(status)) continue;
    rings.add(pinRadius({ status, zones: zonesAt(region, year) }));
  }
  marks = { cross: statusesOf(region).has('closed'), rings };
  marksByRegion.set(region, marks);
  return marks;
}

/** The pins that can wear a mark, each naming the marks it can show: the layers it stands on. */
export function markFeatures(pins: readonly PinView[]): FeatureCollection<Point> {
  const features: FeatureCollection<Point>['features'] = [];
  for (const pin of pins) {
    if (!canCarryMark(pin)) continue;
    const { cross, rings } = marksOf(pin.region);
    features.push({
      type: 'Feature',
      properties: {
        id: pin.id,
        cross,
        ...Object.fromEntries([...rings].map((radius) => [ringLayerId(radius), true])),
      },
      geometry: { type: 'Point', coordinates: [pin.lon, pin.lat] },
    });
  }
  return { type: 'FeatureCollection', features };
}

export function markState(pin: PinView): MarkState {
  return {
    closed: pin.status === 'closed',
    ring: pin.uncertain && pin.status !== 'not-yet' ? pinRadius(pin) : 0,
  };
}

export const ringImageId = (radius: number) => `uncertain-ring-${radius}`;

type Paint = Record<string, string | number | ExpressionSpecification>;

/** An opacity that drops for every pin but the open region's, as the SVG map's does. */
function dimmed(opacity: number, selectedId: string | undefined): number | ExpressionSpecification {
  if (selectedId === undefined) return opacity;
  return ['case', ['==', ['get', 'id'], selectedId], opacity, opacity * PIN.dimmedOpacity];
}

/** A flag of a feature's state, false until set. */
const stateSays = (flag: string): ExpressionSpecification => [
  'boolean',
  ['feature-state', flag],
  false,
];

/** Full (or dimmed) where `when` holds, else nothing: a mark shown by feature state. */
function shownBy(
  when: ExpressionSpecification,
  selectedId: string | undefined,
): ExpressionSpecification {
  return ['case', when, dimmed(1, selectedId), 0];
}

/** Each layer's paint for a palette and an open region: set whole at the start and on changes. */
export function mapPaint(palette: Palette, selectedId: string | undefined): Record<string, Paint> {
  const radius: ExpressionSpecification = [
    'coalesce',
    ['feature-state', 'radius'],
    ANNOUNCED_RADIUS,
  ];
  const body = (status: ShownStatus): Paint => {
    const hollow = status === 'announced';
    const is: ExpressionSpecification = ['==', ['feature-state', 'status'], status];
    return {
      'circle-radius': radius,
      'circle-color': palette.status[status],
      'circle-opacity': hollow ? 0 : ['case', is, dimmed(PIN.fillOpacity, selectedId), 0],
      'circle-stroke-width': hollow ? PIN.hollowWidth : PIN.outlineWidth,
      'circle-stroke-color': hollow ? palette.status[status] : palette.pinStroke,
      'circle-stroke-opacity': shownBy(is, selectedId),
    };
  };
  /** The ring around a pin new at the year, Alibaba's or another provider's. */
  const changeRing = (ringRadius: number | ExpressionSpecification): Paint => ({
    'circle-radius': ringRadius,
    'circle-opacity': 0,
    'circle-stroke-width': PIN.ringWidth,
    'circle-stroke-color': palette.highlight,
    'circle-stroke-opacity': shownBy(stateSays('changed'), selectedId),
  });
  return {
    ocean: { 'background-color': palette.ocean },
    land: { 'fill-color': palette.land },
    borders: { 'line-color': palette.border, 'line-width': BORDER_WIDTH },
    [PIN_LAYERS.highlight]: changeRing(['+', radius, PIN.ringGap]),
    [PIN_LAYERS.operating]: body('operating'),
    [PIN_LAYERS.closing]: body('closing'),
    [PIN_LAYERS.announced]: body('announced'),
    [PIN_LAYERS.closed]: body('closed'),
    [PIN_LAYERS.closedMark]: {
      'icon-opacity': shownBy(stateSays('closed'), selectedId),
    },
    [PEER_LAYERS.changed]: changeRing(PEER_RADIUS + PIN.ringGap),
    ...Object.fromEntries(
      PEER_BODY_LAYERS.map((layer) => [
        layer,
        {
          'icon-opacity': shownBy(
            ['==', ['coalesce', ['feature-state', 'look'], 'none'], LOOK_OF_LAYER[layer]],
            selectedId,
          ),
        },
      ]),
    ),
    [PEER_LAYERS.uncertain]: {
      'icon-opacity': shownBy(stateSays('uncertain'), selectedId),
    },
    [PEER_LAYERS.cross]: {
      'icon-opacity': shownBy(stateSays('closed'), selectedId),
    },
    ...Object.fromEntries(
      RUNNING_RADII.map((radius) => [
        ringLayerId(radius),
        {
          'icon-opacity': shownBy(
            ['==', ['coalesce', ['feature-state', 'ring'], 0], radius],
            selectedId,
          ),
        },
      ]),
    ),
  };
}

/**
 * The style a map starts with, `pins` being Alibaba's. Its pins show nothing until their states are
 * set, and the compared providers' until their pins are sent.
 */
export function mapStyle(
  basemap: Basemap,
  pins: readonly PinView[],
  palette: Palette,
  selectedId: string | undefined,
): StyleSpecification {
  const paint = mapPaint(palette, selectedId);
  const layers: LayerSpecification[] = [
    { id: 'ocean', type: 'background', paint: paint.ocean },
    {
      id: 'land',
      type: 'fill',
      source: 'countries',
      paint: { ...paint.land, 'fill-antialias': false },
    },
    { id: 'borders', type: 'line', source: 'borders', paint: paint.borders },
    ...peerLayers(paint),
    ...RUNNING_RADII.map((radius): LayerSpecification => ({
      id: ringLayerId(radius),
      type: 'symbol',
      source: MARKS_SOURCE,
      filter: ['boolean', ['get', ringLayerId(radius)], false],
      layout: {
        'icon-image': ringImageId(radius),
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: paint[ringLayerId(radius)],
    })),
    {
      id: PIN_LAYERS.highlight,
      type: 'circle',
      source: PIN_SOURCE,
      paint: paint[PIN_LAYERS.highlight],
    },
    ...(['operating', 'closing', 'announced', 'closed'] as const).map(
      (status): LayerSpecification => ({
        id: PIN_LAYERS[status],
        type: 'circle',
        source: PIN_SOURCE,
        filter: ['boolean', ['get', status], false],
        paint: paint[PIN_LAYERS[status]],
      }),
    ),
    {
      id: PIN_LAYERS.closedMark,
      type: 'symbol',
      source: MARKS_SOURCE,
      filter: ['boolean', ['get', 'cross'], false],
      layout: {
        'icon-image': CROSS_IMAGE,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: paint[PIN_LAYERS.closedMark],
    },
  ] as LayerSpecification[];
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: basemap.countries },
      borders: { type: 'geojson', data: basemap.borders },
      [PIN_SOURCE]: { type: 'geojson', data: pinFeatures(pins), promoteId: 'id' },
      [MARKS_SOURCE]: {
        type: 'geojson',
        data: markFeatures(pins),
        promoteId: 'id',
      },
      [PEER_SOURCE]: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        promoteId: 'id',
      },
    },
    layers,
  };
}

/** The compared providers' layers, each part of their marks standing on every region of theirs. */
function peerLayers(paint: Record<string, Paint>): LayerSpecification[] {
  const symbol = (id: string, image: string | ExpressionSpecification, part: keyof PeerParts) =>
    ({
      id,
      type: 'symbol',
      source: PEER_SOURCE,
      filter: ['boolean', ['get', part], false],
      layout: { 'icon-image': image, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
      paint: paint[id],
    }) as LayerSpecification;
  return [
    {
      id: PEER_LAYERS.changed,
      type: 'circle',
      source: PEER_SOURCE,
      paint: paint[PEER_LAYERS.changed],
    },
    ...PEER_BODY_LAYERS.map((id) => {
      const look = LOOK_OF_LAYER[id];
      return symbol(id, ['concat', 'peer:', ['get', 'provider'], `:${look}`], look);
    }),
    symbol(PEER_LAYERS.uncertain, ringImageId(PEER_RADIUS), 'uncertain'),
    symbol(PEER_LAYERS.cross, CROSS_IMAGE, 'closed'),
  ] as LayerSpecification[];
}

/** Distance from (x, y) to the segment from (-h, -h * slope) to (h, h * slope), slope ±1. */
function armDistance(x: number, y: number, half: number, slope: 1 | -1): number {
  const t = Math.min(half, Math.max(-half, (x + slope * y) / 2));
  return Math.hypot(x - t, y - slope * t);
}

/**
 * The closed region's "×" in pixels, from the pin specification, so the mark needs no font or sprite
 * from a server. Drawn at twice the density with hard edges: MapLibre would read soft edges as
 * premultiplied colour.
 */
export function crossImage(color: string) {
  const ratio = CROSS_PIXEL_RATIO;
  const size = Math.ceil((PIN.crossHalf + PIN.crossWidth) * 2 * ratio);
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5 - size / 2) / ratio;
      const y = (py + 0.5 - size / 2) / ratio;
      const distance = Math.min(
        armDistance(x, y, PIN.crossHalf, 1),
        armDistance(x, y, PIN.crossHalf, -1),
      );
      if (distance <= PIN.crossWidth / 2) data.set([r!, g!, b!, 255], (py * size + px) * 4);
    }
  }
  return { width: size, height: size, data };
}

/**
 * The dashed ring around a pin of `radius`, from the pin specification, at twice the density and
 * with hard edges like the cross.
 */
export function ringImage(radius: number, color: string) {
  const ratio = CROSS_PIXEL_RATIO;
  const ring = radius + PIN.uncertainGap;
  const half = PIN.uncertainWidth / 2;
  const size = Math.ceil((ring + PIN.uncertainWidth + 1) * 2 * ratio);
  const [dash, gap] = PIN.uncertainDash;
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5 - size / 2) / ratio;
      const y = (py + 0.5 - size / 2) / ratio;
      if (Math.abs(Math.hypot(x, y) - ring) > half) continue;
      // Distance along the circumference from the top, clockwise.
      const along = (Math.atan2(x, -y) + Math.PI) * ring;
      if (along % (dash + gap) < dash) data.set([r!, g!, b!, 255], (py * size + px) * 4);
    }
  }
  return { width: size, height: size, data };
}
