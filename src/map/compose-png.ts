import { layoutFigure, type FigureRequest } from './figure-layout.ts';
import { canvasMeasure } from './measure-text.ts';
import { drawMark } from './pin-style.ts';

export interface Figure extends FigureRequest {
  /** The map drawn at `scale` times its CSS size. */
  map: CanvasImageSource;
  /** Device pixels per CSS pixel: 2 for a picture sharp on high-density screens and in print. */
  scale: number;
}

/** Draws a picture of the current view (see `layoutFigure`) as a PNG. */
export async function composeFigure(figure: Figure): Promise<Blob> {
  const layout = layoutFigure(figure, canvasMeasure());
  const { scale } = figure;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw an image of the map.');
  context.scale(scale, scale);
  context.fillStyle = layout.background;
  context.fillRect(0, 0, layout.width, layout.height);
  context.drawImage(figure.map, 0, layout.mapTop, figure.width, figure.height);
  context.textBaseline = 'alphabetic';
  context.lineJoin = 'round';
  for (const line of layout.lines) {
    context.font = line.font;
    context.textAlign = line.align;
    if (line.halo) {
      context.lineWidth = 3;
      context.strokeStyle = layout.background;
      context.strokeText(line.text, line.x, line.y);
    }
    context.fillStyle = line.fill;
    context.fillText(line.text, line.x, line.y);
  }
  for (const mark of layout.marks) drawMark(context, mark.parts, mark.x, mark.y);

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
