import type { Palette } from './palette';
import { ANNOUNCED_RADIUS, drawMark, markParts, PIN, type Mark } from './pin-style';

export interface SnapshotText {
  title: string;
  year: number;
  /** "27 regions operating in 15 countries and territories". */
  summary: string;
  source: string;
}

const PADDING = 24;
const HEADER = 92;
const FOOTER = 70;
/** Key marks are drawn at the size of an announced pin, ringed where the key shows a change. */
const KEY_RADIUS = ANNOUNCED_RADIUS;
/** Room for a ringed mark before its label. */
const KEY_MARK_WIDTH = (KEY_RADIUS + PIN.ringGap + PIN.ringWidth) * 2;

const KEY: Array<[Mark, string]> = [
  [{ status: 'operating', radius: KEY_RADIUS, changed: false }, 'Operating'],
  [{ status: 'closing', radius: KEY_RADIUS, changed: false }, 'Closing'],
  [{ status: 'announced', radius: KEY_RADIUS, changed: false }, 'Announced'],
  [{ status: 'closed', radius: KEY_RADIUS, changed: false }, 'Closed'],
  [
    { status: 'operating', radius: KEY_RADIUS - PIN.ringGap / 2, changed: true },
    'Changed this year',
  ],
];

/**
 * Draws a shareable picture of the current view: title, year, the map as the reader sees it, the
 * key and the source line, so the image still says what it shows once it leaves the page.
 */
export async function composeSnapshot(
  map: CanvasImageSource & { width: number; height: number },
  mapCssWidth: number,
  text: SnapshotText,
  colors: Palette,
): Promise<Blob> {
  const scale = map.width / mapCssWidth;
  const width = mapCssWidth;
  const mapHeight = map.height / scale;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round((HEADER + mapHeight + FOOTER) * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw an image of the map.');
  context.scale(scale, scale);
  context.fillStyle = colors.background;
  context.fillRect(0, 0, width, HEADER + mapHeight + FOOTER);

  const font = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
  context.fillStyle = colors.text;
  context.textBaseline = 'alphabetic';
  context.font = `600 20px ${font}`;
  context.fillText(text.title, PADDING, 34, width - PADDING * 2 - 90);
  context.font = `700 34px Georgia, serif`;
  context.textAlign = 'right';
  context.fillText(String(text.year), width - PADDING, 44);
  context.textAlign = 'left';
  context.fillStyle = colors.muted;
  context.font = `15px ${font}`;
  context.fillText(text.summary, PADDING, 66, width - PADDING * 2);

  context.drawImage(map, 0, HEADER, width, mapHeight);

  let x = PADDING;
  const legendY = HEADER + mapHeight + 24;
  context.font = `14px ${font}`;
  for (const [mark, label] of KEY) {
    drawMark(context, markParts(mark, colors), x + KEY_MARK_WIDTH / 2, legendY - 5);
    context.fillStyle = colors.text;
    context.fillText(label, x + KEY_MARK_WIDTH + 4, legendY);
    x += KEY_MARK_WIDTH + 20 + context.measureText(label).width;
  }
  context.fillStyle = colors.muted;
  context.font = `12px ${font}`;
  context.fillText(text.source, PADDING, HEADER + mapHeight + FOOTER - 14, width - PADDING * 2);

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No image'))), 'image/png'),
  );
}

/** Draws an SVG element onto a canvas at the device's pixel ratio. */
export async function rasterize(
  svg: SVGSVGElement,
  width: number,
  height: number,
): Promise<HTMLCanvasElement> {
  const markup = new XMLSerializer().serializeToString(svg);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
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
