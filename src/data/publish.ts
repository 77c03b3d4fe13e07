import { isSeedSource, type Region, type Source } from './types';

/**
 * The published files are a contract with other tools: every field is always present (null when
 * unknown), so a reader never has to guess whether a missing key means "unknown" or "renamed".
 */
export function toPublishedJson(regions: readonly Region[]) {
  return {
    regions: regions.map((region) => ({
      id: region.id,
      regionId: region.regionId ?? null,
      name: region.name,
      city: region.city,
      country: region.country,
      lat: region.lat,
      lon: region.lon,
      precision: region.precision,
      zones: region.zones ?? null,
      events: region.events.map((event) => ({
        type: event.type,
        date: event.date,
        note: event.note ?? null,
        sources: event.sources,
      })),
    })),
  };
}

export const CSV_COLUMNS = [
  'id',
  'regionId',
  'name',
  'city',
  'country',
  'lat',
  'lon',
  'precision',
  'zones',
  'type',
  'date',
  'note',
  'sources',
] as const;

function describeSource(source: Source): string {
  return isSeedSource(source)
    ? `seeds/${source.seed}: "${source.quote}"`
    : `${source.title} (${source.publisher}, ${source.date}) ${source.url}`;
}

function csvCell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per event (RFC 4180), the region's fields repeated; sources joined with " | ". */
export function toCsv(regions: readonly Region[]): string {
  const rows = regions.flatMap((region) =>
    region.events.map((event) =>
      [
        region.id,
        region.regionId,
        region.name,
        region.city,
        region.country,
        region.lat,
        region.lon,
        region.precision,
        region.zones,
        event.type,
        event.date,
        event.note,
        event.sources.map(describeSource).join(' | '),
      ]
        .map(csvCell)
        .join(','),
    ),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
