import type { Locale } from '../data/locale';
import type { Counts } from '../data/status';
import type { WorldTopology } from '../map/basemap';
import type { FigureRequest, Measure } from '../map/figure-layout';
// The map's names are placed by the same code on screen, so it is loaded already.
import { LABEL_FONT, mapLabels } from '../map/labels';
import type { MapScene } from '../map/scene';

export type FigureFormat = 'png' | 'svg';

export interface FigureDownload {
  /** What the map shows now, and the country shapes to draw it with. */
  scene: MapScene;
  world: WorldTopology;
  year: number;
  counts: Counts;
  /** Today, for "as of" wording when the chosen year is the current one. */
  now: Date;
  locale: Locale;
}

/** Twice the CSS size: sharp on high-density screens, fit for a slide or print. */
const PNG_SCALE = 2;

/** "at the end of 2019", or "as of November 2026" for a year that is not over. */
export function asOfPhrase(year: number, now: Date, locale: Locale): string {
  const words = locale.m.figure;
  if (year < now.getUTCFullYear()) return words.endOf(locale.m.year(year));
  const month = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  return words.asOf(locale.date(month));
}

function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  return (text, font) => {
    if (!context) return text.length * 7;
    context.font = font;
    return Math.ceil(context.measureText(text).width);
  };
}

/**
 * Downloads the current view as a PNG (for the web and slides) or an SVG (vector, for print and
 * drawing programs): title, year, the map with its names, key and source.
 */
export async function downloadFigure(format: FigureFormat, request: FigureDownload): Promise<void> {
  // The picture's code is needed only when someone asks for a picture.
  const [
    { composeFigure, downloadBlob, rasterize },
    { composeSvg },
    { layoutFigure },
    { sceneSvg },
  ] = await Promise.all([
    import('../map/compose-png'),
    import('../map/compose-svg'),
    import('../map/figure-layout'),
    import('../map/scene-svg'),
  ]);
  const { scene, world, counts, year, locale } = request;
  const words = locale.m.figure;
  const measure = canvasMeasure();
  const figure: FigureRequest = {
    width: scene.width,
    height: scene.height,
    labels: mapLabels(scene, (text) => measure(text, LABEL_FONT)),
    text: {
      title: locale.m.mapTitle,
      year,
      summary: words.summary(
        counts.regions,
        counts.countries,
        asOfPhrase(year, request.now, locale),
      ),
      source: words.source,
      key: words.key,
    },
    palette: scene.palette,
  };
  const mapSvg = sceneSvg(world, scene);
  const name = `alibaba-cloud-regions-${year}`;
  if (format === 'svg') {
    const markup = composeSvg(
      layoutFigure(figure, measure),
      mapSvg,
      locale.m.titleOfYear(locale.m.year(year)),
      locale.lang,
    );
    downloadBlob(new Blob([markup], { type: 'image/svg+xml' }), `${name}.svg`);
    return;
  }
  const map = await rasterize(mapSvg, scene.width, scene.height, PNG_SCALE);
  downloadBlob(await composeFigure({ ...figure, map, scale: PNG_SCALE }), `${name}.png`);
}
