import type { RegionStatus } from '../data/status';
import type { Palette } from './palette';

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

const LEGEND: Array<[RegionStatus | 'changed', string]> = [
  ['operating', 'Operating'],
  ['announced', 'Announced'],
  ['closed', 'Closed'],
  ['changed', 'Changed this year'],
];

function drawMark(
  context: CanvasRenderingContext2D,
  kind: RegionStatus | 'changed',
  x: number,
  y: number,
  palette: Palette,
) {
  context.lineWidth = 2.5;
  context.beginPath();
  context.arc(x, y, 7, 0, Math.PI * 2);
  if (kind === 'announced') {
    context.strokeStyle = palette.status('announced');
    context.stroke();
    return;
  }
  context.fillStyle = palette.status(kind === 'changed' ? 'operating' : kind);
  context.fill();
  if (kind === 'closed') {
    context.strokeStyle = palette.highlight;
    context.lineWidth = 1.6;
    context.beginPath();
    context.moveTo(x - 3.5, y - 3.5);
    context.lineTo(x + 3.5, y + 3.5);
    context.moveTo(x + 3.5, y - 3.5);
    context.lineTo(x - 3.5, y + 3.5);
    context.stroke();
  }
  if (kind === 'changed') {
    context.strokeStyle = palette.highlight;
    context.lineWidth = 2;
    context.beginPath();
    context.arc(x, y, 11, 0, Math.PI * 2);
    context.stroke();
  }
}

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

  let x = PADDING + 8;
  const legendY = HEADER + mapHeight + 24;
  context.font = `14px ${font}`;
  for (const [kind, label] of LEGEND) {
    drawMark(context, kind, x, legendY - 5, colors);
    context.fillStyle = colors.text;
    context.fillText(label, x + 16, legendY);
    x += 32 + context.measureText(label).width;
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
