/**
 * A picture of the current view, as the reader asked for it: the words and names around the map
 * in the reader's language, laid out once (`layoutFigure`) for the PNG and the SVG. Pure: the
 * caller measures text and draws the map.
 */
import type { Locale } from '../data/locale.ts';
import type { Counts } from '../data/status.ts';
import { composeSvg } from './compose-svg.ts';
import { layoutFigure, type FigureRequest, type Measure } from './figure-layout.ts';
import { keyOf } from './key.ts';
import { LABEL_FONT, mapLabels } from './labels.ts';
import type { MapScene } from './scene.ts';

/** What a picture shows: the map's scene, and the year's words. */
export interface FigureView {
  scene: MapScene;
  year: number;
  counts: Counts;
  /** Today, for "as of" wording when the chosen year is the current one. */
  now: Date;
  locale: Locale;
  /** The data's version, said in the source line; '' where there is none. */
  version: string;
  /** The view keeps that version for good (an archived view). */
  archived?: boolean;
}

/** "at the end of 2019", or "as of November 2026" for a year that is not over. */
export function asOfPhrase(year: number, now: Date, locale: Locale): string {
  const words = locale.m.figure;
  if (year < now.getUTCFullYear()) return words.endOf(locale.m.year(year));
  const month = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  return words.asOf(locale.date(month));
}

/** The picture's words and the map's names, for either format. */
export function figureRequest(view: FigureView, measure: Measure): FigureRequest {
  const { scene, counts, year, locale } = view;
  const words = locale.m.figure;
  return {
    width: scene.width,
    height: scene.height,
    labels: mapLabels(scene, (text) => measure(text, LABEL_FONT)),
    text: {
      title: locale.m.mapTitle,
      year,
      summary: words.summary(counts.regions, counts.countries, asOfPhrase(year, view.now, locale)),
      source: view.version
        ? `${words.source} ${locale.m.panel.sentence((view.archived ? locale.m.data.archivedAsOf : locale.m.data.asOf)(locale.date(view.version)))}`
        : words.source,
      key: words.key,
      keyItems: keyOf(scene.layers.map((layer) => layer.id)),
    },
    palette: scene.palette,
  };
}

/** The picture as one SVG document around `mapSvg`, the map as the SVG renderer draws it. */
export function figureSvg(view: FigureView, mapSvg: string, measure: Measure): string {
  const { locale, year } = view;
  return composeSvg(
    layoutFigure(figureRequest(view, measure), measure),
    mapSvg,
    locale.m.titleOfYear(locale.m.year(year)),
    locale.lang,
  );
}
