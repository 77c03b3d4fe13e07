/** Where the growth chart draws things: pure geometry, beside the component that uses it. */
import { scalePoint } from 'd3-scale';
import { decimalYear, zoneKnowledge, type GrowthYear } from '../data/growth.ts';
import type { PublishedTotal } from '../data/published-totals.ts';

/**
 * Half a range thumb's width in Chromium and WebKit: the slider's years sit this far in from its
 * ends, and the chart's columns line up under them.
 */
export const THUMB_HALF_PX = 8;
/** Each panel's height, and the gap between them, in CSS pixels. */
const REGIONS_PANEL_PX = 52;
const ZONES_PANEL_PX = 40;
const PANEL_GAP_PX = 10;
/** Room above each panel's tallest bar for a published total that stands higher. */
const HEADROOM = 1.08;

export const CHART_HEIGHT_PX = REGIONS_PANEL_PX + PANEL_GAP_PX + ZONES_PANEL_PX;

export interface Bar {
  year: number;
  x: number;
  width: number;
  /** Top of the regions bar; the bar runs to the panel's foot. */
  regionsTop: number;
  /** Absent where no zone count is known: nothing is drawn, never a zero. */
  zonesTop?: number;
  /** The zone total is a lower bound: some running regions have no known count. */
  zonesAtLeast: boolean;
}

export interface TotalMark {
  total: PublishedTotal;
  x: number;
  regionsY: number;
  zonesY?: number;
}

/** A compared provider's regions per year: a line across the regions panel. */
export interface ProviderLine {
  provider: string;
  /** SVG `points`: each year's count at its column's centre. */
  points: string;
  /** Each year's point, for the mark at the chosen year. */
  at: ReadonlyMap<number, { x: number; y: number }>;
}

export interface ChartLayout {
  width: number;
  regionsFoot: number;
  zonesFoot: number;
  zonesHead: number;
  bars: Bar[];
  totals: TotalMark[];
  lines: ProviderLine[];
  /** The centre of a year's column. */
  centre: (year: number) => number;
}

export function chartLayout(
  width: number,
  growth: readonly GrowthYear[],
  totals: readonly PublishedTotal[],
  peers: readonly { provider: string; growth: readonly GrowthYear[] }[] = [],
): ChartLayout {
  const years = scalePoint<number>()
    .domain(growth.map((g) => g.year))
    .range([THUMB_HALF_PX, Math.max(THUMB_HALF_PX, width - THUMB_HALF_PX)]);
  const first = growth[0]?.year ?? 0;
  const column = years.step();
  /** A year's centre, and a point within it for a date (2025.7 is late in 2025's column). */
  const centre = (year: number) => (years(first) ?? 0) + (year - first) * column;
  const barWidth = Math.max(2, Math.min(18, column * 0.72));

  const maxRegions = Math.max(
    1,
    ...growth.map((g) => g.counts.regions),
    ...totals.map((t) => t.regions),
    ...peers.flatMap((peer) => peer.growth.map((g) => g.counts.regions)),
  );
  const maxZones = Math.max(
    1,
    ...growth.map((g) => g.counts.zones),
    ...totals.map((t) => t.zones ?? 0),
  );
  const regionsFoot = REGIONS_PANEL_PX;
  const zonesHead = REGIONS_PANEL_PX + PANEL_GAP_PX;
  const zonesFoot = CHART_HEIGHT_PX;
  // Plain proportions for the heights: d3's linear scale would bring interpolation and number
  // formatting this chart never uses into the page's bytes.
  const regionsY = (n: number) => regionsFoot - (n / (maxRegions * HEADROOM)) * regionsFoot;
  const zonesY = (n: number) => zonesFoot - (n / (maxZones * HEADROOM)) * (zonesFoot - zonesHead);

  const bars = growth.map(({ year, counts }): Bar => {
    const zones = zoneKnowledge(counts);
    return {
      year,
      x: centre(year) - barWidth / 2,
      width: barWidth,
      regionsTop: regionsY(counts.regions),
      zonesTop: zones.kind === 'unknown' ? undefined : zonesY(zones.zones),
      zonesAtLeast: zones.kind === 'at-least',
    };
  });
  // A total is stated on a day within its year: it stands at that point of the year's column.
  const totalsMarks = totals.map((total) => ({
    total,
    x: centre(decimalYear(total.date) - 0.5),
    regionsY: regionsY(total.regions),
    zonesY: total.zones === undefined ? undefined : zonesY(total.zones),
  }));
  const lines = peers.map(({ provider, growth: series }): ProviderLine => {
    const at = new Map(
      series.map((g) => [g.year, { x: centre(g.year), y: regionsY(g.counts.regions) }]),
    );
    const points = [...at.values()].map(({ x, y }) => `${x.toFixed(1)},${y.toFixed(1)}`);
    return { provider, points: points.join(' '), at };
  });
  return { width, regionsFoot, zonesFoot, zonesHead, bars, totals: totalsMarks, lines, centre };
}
