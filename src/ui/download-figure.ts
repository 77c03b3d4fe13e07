import type { WorldTopology } from '../map/basemap.ts';
import type { FigureView } from '../map/figure.ts';
import { canvasMeasure } from '../map/measure-text.ts';

export type FigureFormat = 'png' | 'svg';

export interface FigureDownload extends FigureView {
  /** The country shapes to draw the map with. */
  world: WorldTopology;
}

/** Twice the CSS size: sharp on high-density screens, fit for a slide or print. */
const PNG_SCALE = 2;

/**
 * Downloads the current view as a PNG (for the web and slides) or an SVG (vector, for print and
 * drawing programs): title, year, the map with its names, key and source.
 */
export async function downloadFigure(format: FigureFormat, request: FigureDownload): Promise<void> {
  // The picture's code is needed only when someone asks for a picture.
  const [{ composeFigure, downloadBlob, rasterize }, { figureRequest, figureSvg }, { sceneSvg }] =
    await Promise.all([
      import('../map/compose-png.ts'),
      import('../map/figure.ts'),
      import('../map/scene-svg.ts'),
    ]);
  const { scene, world, year } = request;
  const measure = canvasMeasure();
  const mapSvg = sceneSvg(world, scene);
  const name = `alibaba-cloud-regions-${year}`;
  if (format === 'svg') {
    const markup = figureSvg(request, mapSvg, measure);
    downloadBlob(new Blob([markup], { type: 'image/svg+xml' }), `${name}.svg`);
    return;
  }
  const map = await rasterize(mapSvg, scene.width, scene.height, PNG_SCALE);
  downloadBlob(
    await composeFigure({ ...figureRequest(request, measure), map, scale: PNG_SCALE }),
    `${name}.png`,
  );
}
