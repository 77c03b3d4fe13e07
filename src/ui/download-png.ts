import type { Counts } from '../data/status';
import type { Palette } from '../map/palette';
import { MAP_TITLE, SOURCE_LINE } from './copy';

export interface PngRequest {
  /** The map as drawn now; undefined while no map is drawn. */
  snapshot: Promise<HTMLCanvasElement> | undefined;
  mapCssWidth: number;
  year: number;
  counts: Counts;
  palette: Palette;
}

/** Downloads the current view as a PNG with title, year, key and source composed in. */
export async function downloadPng(request: PngRequest): Promise<void> {
  const map = await request.snapshot;
  if (!map) return;
  // The composer is needed only when someone asks for a picture.
  const { composeSnapshot, downloadBlob } = await import('../map/compose-png');
  const { regions, countries } = request.counts;
  const blob = await composeSnapshot(
    map,
    request.mapCssWidth,
    {
      title: MAP_TITLE,
      year: request.year,
      summary: `${regions} regions operating in ${countries} countries and territories at the end of ${request.year}`,
      source: SOURCE_LINE,
    },
    request.palette,
  );
  downloadBlob(blob, `alibaba-cloud-regions-${request.year}.png`);
}
