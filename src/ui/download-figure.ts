import { formatDate } from '../data/dates';
import type { Counts } from '../data/status';
import type { WorldTopology } from '../map/basemap';
// The map's names are placed by the same code on screen, so it is loaded already.
import { LABEL_FONT, mapLabels } from '../map/labels';
import type { MapScene } from '../map/scene';
import { MAP_TITLE, SOURCE_LINE } from './copy';

export interface PngRequest {
  /** What the map shows now, and the country shapes to draw it with. */
  scene: MapScene;
  world: WorldTopology;
  year: number;
  counts: Counts;
  /** Today, for "as of" wording when the chosen year is the current one. */
  now: Date;
}

/** Twice the CSS size: sharp on high-density screens, fit for a slide or print. */
const PNG_SCALE = 2;

/** "at the end of 2019", or "as of November 2026" for a year that is not over. */
export function asOfPhrase(year: number, now: Date): string {
  if (year < now.getUTCFullYear()) return `at the end of ${year}`;
  const month = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  return `as of ${formatDate(month)}`;
}

/** Downloads the current view as a PNG: title, year, the map with its names, key and source. */
export async function downloadPng(request: PngRequest): Promise<void> {
  // The picture's code is needed only when someone asks for a picture.
  const [{ composeFigure, downloadBlob, rasterize }, { sceneSvg }] = await Promise.all([
    import('../map/compose-png'),
    import('../map/scene-svg'),
  ]);
  const { scene, world, counts, year } = request;
  const map = await rasterize(sceneSvg(world, scene), scene.width, scene.height, PNG_SCALE);
  const measure = document.createElement('canvas').getContext('2d');
  const labels = mapLabels(scene, (text) => {
    if (!measure) return text.length * 7;
    measure.font = LABEL_FONT;
    return Math.ceil(measure.measureText(text).width);
  });
  const blob = await composeFigure({
    map,
    width: scene.width,
    height: scene.height,
    labels,
    text: {
      title: MAP_TITLE,
      year,
      summary: `${counts.regions} regions operating in ${counts.countries} countries and territories ${asOfPhrase(year, request.now)}`,
      source: SOURCE_LINE,
    },
    palette: scene.palette,
    scale: PNG_SCALE,
  });
  downloadBlob(blob, `alibaba-cloud-regions-${year}.png`);
}
