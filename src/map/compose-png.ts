import type { ShownStatus } from '../data/status';
import { LABEL_FONT, LABEL_FONT_PX, type PlacedLabel } from './labels';
import type { Palette } from './palette';
import { ANNOUNCED_RADIUS, drawMark, markParts, PIN, type Mark } from './pin-style';

/** What a picture of the map says around the map itself. */
export interface FigureText {
  title: string;
  year: number;
  /** "32 regions operating in 16 countries and territories as of November 2026". */
  summary: string;
  source: string;
}

export interface Figure {
  /** The map drawn at `scale` times its CSS size. */
  map: CanvasImageSource;
  /** The map's size in CSS pixels. */
  width: number;
  height: number;
  /** Names placed on the map, in CSS pixels from its top left corner. */
  labels: readonly PlacedLabel[];
  text: FigureText;
  palette: Palette;
  /** Device pixels per CSS pixel: 2 for a picture sharp on high-density screens and in print. */
  scale: number;
}

/** Below this width the header, key and source line stack up for a narrow embed. */
const NARROW_PX = 520;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
/** Key marks are drawn at the size of an announced pin, ringed where the key shows a change. */
const KEY_RADIUS = ANNOUNCED_RADIUS;
/** Room for a ringed mark before its label. */
const KEY_MARK_WIDTH = (KEY_RADIUS + PIN.ringGap + PIN.ringWidth) * 2;

const KEY: Array<[Mark, string]> = [
  ...(
    [
      ['operating', 'Operating'],
      ['closing', 'Closing'],
      ['announced', 'Announced'],
      ['closed', 'Closed'],
    ] as Array<[ShownStatus, string]>
  ).map(([status, label]): [Mark, string] => [
    { status, radius: KEY_RADIUS, changed: false },
    label,
  ]),
  [
    { status: 'operating', radius: KEY_RADIUS - PIN.ringGap / 2, changed: true },
    'Changed this year',
  ],
  [
    {
      status: 'operating',
      radius: KEY_RADIUS - PIN.uncertainGap / 2,
      changed: false,
      uncertain: true,
    },
    'Running by the date shown',
  ],
];

/** Splits text into lines no wider than `width`, at spaces. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Draws a shareable picture of the current view: title, year, the map with its names, the key and
 * the source line, so the image still says what it shows once it leaves the page. Narrow maps get a
 * stacked layout; every line wraps rather than shrinks.
 */
export async function composeFigure(figure: Figure): Promise<Blob> {
  const { width, height, text, palette, scale } = figure;
  const narrow = width < NARROW_PX;
  const pad = narrow ? 14 : 24;
  const titleFont = `600 ${narrow ? 17 : 20}px ${FONT}`;
  const yearFont = `700 ${narrow ? 28 : 34}px Georgia, serif`;
  const summaryFont = `${narrow ? 13 : 15}px ${FONT}`;
  const keyFont = `${narrow ? 12 : 14}px ${FONT}`;
  const sourceFont = `12px ${FONT}`;

  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('This browser cannot draw an image of the map.');
  measure.font = yearFont;
  const yearWidth = measure.measureText(String(text.year)).width;
  measure.font = titleFont;
  const titleLines = wrap(measure, text.title, width - 2 * pad - yearWidth - 12);
  measure.font = summaryFont;
  const summaryLines = wrap(measure, text.summary, width - 2 * pad);
  measure.font = keyFont;
  const keyRows: Array<Array<[Mark, string, number]>> = [[]];
  let keyX = pad;
  for (const [mark, label] of KEY) {
    const itemWidth = KEY_MARK_WIDTH + 4 + measure.measureText(label).width + 16;
    if (keyX + itemWidth > width - pad && keyRows.at(-1)!.length > 0) {
      keyRows.push([]);
      keyX = pad;
    }
    keyRows.at(-1)!.push([mark, label, keyX]);
    keyX += itemWidth;
  }
  measure.font = sourceFont;
  const sourceLines = wrap(measure, text.source, width - 2 * pad);

  const titleLine = narrow ? 21 : 25;
  const header = pad + titleLines.length * titleLine + 6 + summaryLines.length * 19 + 10;
  const keyLine = 24;
  const footer = 14 + keyRows.length * keyLine + 6 + sourceLines.length * 16 + pad - 6;
  const total = header + height + footer;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(total * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw an image of the map.');
  context.scale(scale, scale);
  context.fillStyle = palette.background;
  context.fillRect(0, 0, width, total);
  context.textBaseline = 'alphabetic';

  let y = pad + titleLine - 7;
  context.fillStyle = palette.text;
  context.font = titleFont;
  for (const line of titleLines) {
    context.fillText(line, pad, y);
    y += titleLine;
  }
  context.font = yearFont;
  context.textAlign = 'right';
  context.fillText(String(text.year), width - pad, pad + (narrow ? 22 : 28));
  context.textAlign = 'left';
  context.fillStyle = palette.muted;
  context.font = summaryFont;
  y += 6 - titleLine + 19;
  for (const line of summaryLines) {
    context.fillText(line, pad, y);
    y += 19;
  }

  context.drawImage(figure.map, 0, header, width, height);
  context.font = LABEL_FONT;
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  for (const label of figure.labels) {
    const x = label.side === 'left' ? label.left + label.width - 3 : label.left + 3;
    const align = label.side === 'left' ? 'right' : label.side === 'right' ? 'left' : 'center';
    const at = align === 'center' ? label.left + label.width / 2 : x;
    context.textAlign = align;
    context.lineWidth = 3;
    context.strokeStyle = palette.background;
    context.strokeText(label.text, at, header + label.top + LABEL_FONT_PX / 2 + 2);
    context.fillStyle = palette.text;
    context.fillText(label.text, at, header + label.top + LABEL_FONT_PX / 2 + 2);
  }
  context.textAlign = 'left';
  context.textBaseline = 'alphabetic';

  y = header + height + 14 + keyLine / 2;
  context.font = keyFont;
  for (const row of keyRows) {
    for (const [mark, label, x] of row) {
      drawMark(context, markParts(mark, palette), x + KEY_MARK_WIDTH / 2, y - 4);
      context.fillStyle = palette.text;
      context.fillText(label, x + KEY_MARK_WIDTH + 4, y);
    }
    y += keyLine;
  }
  context.fillStyle = palette.muted;
  context.font = sourceFont;
  y += 6 - keyLine + 16;
  for (const line of sourceLines) {
    context.fillText(line, pad, y);
    y += 16;
  }

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No image'))), 'image/png'),
  );
}

/** Draws SVG markup onto a canvas at `scale` device pixels per CSS pixel. */
export async function rasterize(
  markup: string,
  width: number,
  height: number,
  scale: number,
): Promise<HTMLCanvasElement> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/** Saves a blob as a file through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
