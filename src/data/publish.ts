import { isSeedSource, type Note, type Region, type Source } from './types.ts';

/**
 * The dataset's licence, repeated in every file that can carry it. Our compilation is open; each
 * source it cites keeps its own terms.
 */
export const DATA_LICENSE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Alibaba Cloud Footprint',
  note: 'The compilation is licensed under CC BY 4.0; each cited source keeps its own terms.',
} as const;

/** The latest zone count a source gives, the meaning `zones` has always had. */
function latestZones(region: Region): number | null {
  return region.zoneCounts.at(-1)?.count ?? null;
}

/** A note's English, the published `note` it has always been; null when there is none. */
const english = (note: Note | undefined) => note?.en ?? null;
/** Its Chinese beside it, published since notes speak Chinese too. */
const chinese = (note: Note | undefined) => note?.['zh-CN'] ?? null;

/** One region with every field present (null when unknown), as the published files carry it. */
function publishedRegion(region: Region) {
  return {
    id: region.id,
    regionId: region.regionId ?? null,
    name: region.name,
    city: region.city,
    country: region.country,
    lat: region.lat,
    lon: region.lon,
    precision: region.precision,
    zones: latestZones(region),
    events: region.events.map((event) => ({
      type: event.type,
      date: event.date,
      note: english(event.note),
      sources: event.sources,
      certainty: event.certainty ?? 'on',
      after: event.after ?? null,
      noteZh: chinese(event.note),
    })),
    kind: region.kind,
    officialName: {
      en: region.officialName?.en?.text ?? null,
      zh: region.officialName?.zh?.text ?? null,
    },
    officialNameSources: [
      ...(region.officialName?.en?.sources ?? []),
      ...(region.officialName?.zh?.sources ?? []),
    ],
    regionIdEvidence: region.regionIdEvidence
      ? {
          note: region.regionIdEvidence.note.en,
          sources: region.regionIdEvidence.sources,
          noteZh: region.regionIdEvidence.note['zh-CN'],
        }
      : null,
    zoneCounts: region.zoneCounts.map((count) => ({
      date: count.date,
      count: count.count,
      note: english(count.note),
      sources: count.sources,
      noteZh: chinese(count.note),
    })),
    zonesNote: english(region.zonesNote),
    zonesNoteZh: chinese(region.zonesNote),
    provider: region.provider ?? 'alibaba',
    localNameZh: region.localNames?.['zh-CN'] ?? null,
  };
}

/**
 * The published files are a contract with other tools: every field is always present (null when
 * unknown), so a reader never has to guess whether a missing key means "unknown" or "renamed".
 * Fields added later come after the first ones and never change their meaning.
 */
export function toPublishedJson(regions: readonly Region[], version: string) {
  return { version, license: DATA_LICENSE, regions: regions.map(publishedRegion) };
}

/** RFC 7946: one Point per region, `[lon, lat]`, the region's fields as its properties. */
export function toGeoJson(regions: readonly Region[], version: string) {
  return {
    type: 'FeatureCollection' as const,
    // RFC 7946 lets a FeatureCollection carry foreign members: the data's version and licence.
    version,
    license: DATA_LICENSE,
    features: regions.map((region) => ({
      type: 'Feature' as const,
      id: region.id,
      geometry: { type: 'Point' as const, coordinates: [region.lon, region.lat] },
      properties: publishedRegion(region),
    })),
  };
}

/** The first thirteen columns keep their place and meaning; new ones are appended. */
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
  'certainty',
  'after',
  'kind',
  'officialNameEn',
  'officialNameZh',
  'noteZh',
  'version',
  'provider',
  'localNameZh',
] as const;

function describeSource(source: Source): string {
  if (isSeedSource(source)) return `seeds/${source.seed}: "${source.quote}"`;
  const credit = [source.publisher, source.date].filter(Boolean).join(', ');
  return `${source.title} (${credit}) ${source.url}`;
}

/**
 * Text a spreadsheet would run as a formula (OWASP's CSV injection advice): a text cell starting
 * with one of these is written quoted, after an apostrophe. Numbers (a negative longitude) stay
 * numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string | number | null | undefined): string {
  if (typeof value === 'number') return String(value);
  const text = value ?? '';
  if (FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per event (RFC 4180), the region's fields repeated; sources joined with " | ". */
/**
 * UTF-8's byte-order mark: without it Excel reads a CSV in the machine's legacy code page, and the
 * Chinese columns come out as mojibake. Other readers (pandas, R, LibreOffice) skip it.
 */
export const CSV_BYTE_ORDER_MARK = '\uFEFF';

export function toCsv(regions: readonly Region[], version: string): string {
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
        latestZones(region),
        event.type,
        event.date,
        english(event.note),
        event.sources.map(describeSource).join(' | '),
        event.certainty ?? 'on',
        event.after,
        region.kind,
        region.officialName?.en?.text,
        region.officialName?.zh?.text,
        chinese(event.note),
        version,
        region.provider ?? 'alibaba',
        region.localNames?.['zh-CN'],
      ]
        .map(csvCell)
        .join(','),
    ),
  );
  return CSV_BYTE_ORDER_MARK + [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
