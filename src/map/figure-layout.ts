/**
 * Where each part of a picture of the map goes: title, year, summary, the map with its names, the
 * key and the source line. One layout for the PNG and the SVG, so the two pictures say the same in
 * the same places. Pure: the caller measures text.
 */
import { LABEL_FONT, LABEL_FONT_PX, type PlacedLabel } from './labels.ts';
import type { Palette } from './palette.ts';
import { KEY_MARK_REACH, type KeyEntry, type KeyItem } from './key.ts';
import { markParts, type Mark, type MarkPart } from './pin-style.ts';

/** What a picture of the map says around the map itself. */
export interface FigureText {
  title: string;
  year: number;
  /** "32 regions operating in 16 countries and territories as of November 2026". */
  summary: string;
  source: string;
  /** The key's words, in the reader's language. */
  key: Record<KeyEntry, string>;
  /** The key's lines: Alibaba's marks, and a line per provider compared. */
  keyItems: readonly KeyItem[];
}

export interface FigureRequest {
  /** The map's size in CSS pixels. */
  width: number;
  height: number;
  /** Names placed on the map, in CSS pixels from its top left corner. */
  labels: readonly PlacedLabel[];
  text: FigureText;
  palette: Palette;
}

/** Width of `text` set in the CSS `font`, in CSS pixels. */
export type Measure = (text: string, font: string) => number;

export interface FigureLine {
  text: string;
  x: number;
  /** The text's baseline. */
  y: number;
  font: string;
  fill: string;
  align: 'left' | 'right' | 'center';
  /** A halo in the background colour, for names over the map. */
  halo?: boolean;
}

export interface FigureLayout {
  width: number;
  /** The whole picture's height. */
  height: number;
  background: string;
  /** Where the map's top edge sits. */
  mapTop: number;
  lines: FigureLine[];
  marks: Array<{ parts: MarkPart[]; x: number; y: number }>;
}

/** Below this width the header, key and source line stack up for a narrow embed. */
const NARROW_PX = 520;
export const FIGURE_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
/** Room for the largest key mark before its label. */
const KEY_MARK_WIDTH = 2 * KEY_MARK_REACH;

const WORDS = new Intl.Segmenter(undefined, { granularity: 'word' });
const HAN = /^\p{Script=Han}/u;

/**
 * Splits text into lines no wider than `width`: at spaces, and between the words of a language
 * written without them (Chinese), never before punctuation.
 */
function wrap(measure: Measure, font: string, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const { segment, isWordLike } of WORDS.segment(text)) {
    const mayBreak =
      line.trim() !== '' &&
      segment.trim() !== '' &&
      (line.endsWith(' ') || (isWordLike === true && HAN.test(segment)));
    if (mayBreak && measure((line + segment).trimEnd(), font) > width) {
      lines.push(line.trimEnd());
      line = segment;
    } else {
      line += segment;
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/**
 * Lays out a shareable picture of the current view, so the image still says what it shows once it
 * leaves the page. Narrow maps get a stacked layout; every line wraps rather than shrinks.
 */
export function layoutFigure(figure: FigureRequest, measure: Measure): FigureLayout {
  const { width, height, text, palette } = figure;
  const narrow = width < NARROW_PX;
  const pad = narrow ? 14 : 24;
  const titleFont = `600 ${narrow ? 17 : 20}px ${FIGURE_FONT}`;
  const yearFont = `700 ${narrow ? 28 : 34}px Georgia, serif`;
  const summaryFont = `${narrow ? 13 : 15}px ${FIGURE_FONT}`;
  const keyFont = `${narrow ? 12 : 14}px ${FIGURE_FONT}`;
  const sourceFont = `12px ${FIGURE_FONT}`;

  const yearWidth = measure(String(text.year), yearFont);
  const titleLines = wrap(measure, titleFont, text.title, width - 2 * pad - yearWidth - 12);
  const summaryLines = wrap(measure, summaryFont, text.summary, width - 2 * pad);
  const keyRows: Array<Array<[Mark, string, number]>> = [[]];
  let keyX = pad;
  for (const { mark, entry } of text.keyItems) {
    const label = text.key[entry];
    const itemWidth = KEY_MARK_WIDTH + 4 + measure(label, keyFont) + 16;
    if (keyX + itemWidth > width - pad && keyRows.at(-1)!.length > 0) {
      keyRows.push([]);
      keyX = pad;
    }
    keyRows.at(-1)!.push([mark, label, keyX]);
    keyX += itemWidth;
  }
  const sourceLines = wrap(measure, sourceFont, text.source, width - 2 * pad);

  const titleLine = narrow ? 21 : 25;
  const header = pad + titleLines.length * titleLine + 6 + summaryLines.length * 19 + 10;
  const keyLine = 24;
  const footer = 14 + keyRows.length * keyLine + 6 + sourceLines.length * 16 + pad - 6;

  const lines: FigureLine[] = [];
  const marks: FigureLayout['marks'] = [];
  const line = (
    text: string,
    x: number,
    y: number,
    font: string,
    fill: string,
    align: FigureLine['align'] = 'left',
  ) => lines.push({ text, x, y, font, fill, align });

  let y = pad + titleLine - 7;
  for (const text of titleLines) {
    line(text, pad, y, titleFont, palette.text);
    y += titleLine;
  }
  line(String(text.year), width - pad, pad + (narrow ? 22 : 28), yearFont, palette.text, 'right');
  y += 6 - titleLine + 19;
  for (const text of summaryLines) {
    line(text, pad, y, summaryFont, palette.muted);
    y += 19;
  }

  for (const label of figure.labels) {
    const align = label.side === 'left' ? 'right' : label.side === 'right' ? 'left' : 'center';
    const x =
      align === 'center'
        ? label.left + label.width / 2
        : align === 'right'
          ? label.left + label.width - 3
          : label.left + 3;
    // Labels are placed by their box; the baseline sits a little under its middle.
    const baseline = header + label.top + LABEL_FONT_PX / 2 + 2 + LABEL_FONT_PX * 0.35;
    lines.push({
      text: label.text,
      x,
      y: baseline,
      font: LABEL_FONT,
      fill: palette.text,
      align,
      halo: true,
    });
  }

  y = header + height + 14 + keyLine / 2;
  for (const row of keyRows) {
    for (const [mark, label, x] of row) {
      marks.push({ parts: markParts(mark, palette), x: x + KEY_MARK_WIDTH / 2, y: y - 4 });
      line(label, x + KEY_MARK_WIDTH + 4, y, keyFont, palette.text);
    }
    y += keyLine;
  }
  y += 6 - keyLine + 16;
  for (const text of sourceLines) {
    line(text, pad, y, sourceFont, palette.muted);
    y += 16;
  }

  return {
    width,
    height: header + height + footer,
    background: palette.background,
    mapTop: header,
    lines,
    marks,
  };
}
