import type { Counts } from '../data/status';
import { PALETTES, type ColorScheme } from '../map/palette';

export interface PngRequest {
  snapshot: () => Promise<HTMLCanvasElement> | undefined;
  mapCssWidth: number;
  year: number;
  counts: Counts;
  scheme: ColorScheme;
}

export const MAP_TITLE = 'Alibaba Cloud’s data-center regions';
export const SOURCE_LINE =
  'Source: Alibaba Cloud Footprint; every event cites Alibaba Cloud or news reports. Countries: Natural Earth.';

/** Downloads the current view as a PNG with title, year, key and source composed in. */
export async function downloadPng(request: PngRequest): Promise<boolean> {
  const map = await request.snapshot();
  if (!map) return false;
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
    PALETTES[request.scheme],
  );
  downloadBlob(blob, `alibaba-cloud-regions-${request.year}.png`);
  return true;
}
