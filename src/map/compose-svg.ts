/**
 * A picture of the current view as one SVG file: the same layout as the PNG (`layoutFigure`), in
 * vector form, for print desks and drawing programs. Text stays text and each part is its own group
 * (map, names, key, words), so an editor can restyle or move them.
 */
import type { FigureLayout } from './figure-layout.ts';
import type { MarkPart } from './pin-style.ts';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

const ANCHOR = { left: 'start', right: 'end', center: 'middle' } as const;

function markSvg(parts: readonly MarkPart[], x: number, y: number): string {
  const shapes = parts.map((part) => {
    const stroke = part.stroke
      ? ` stroke="${part.stroke}" stroke-width="${part.strokeWidth ?? 1}"`
      : '';
    if (part.kind === 'cross') {
      const h = part.half;
      return `<path d="M${-h} ${-h}L${h} ${h}M${h} ${-h}L${-h} ${h}"${stroke}/>`;
    }
    const fill = part.fill
      ? ` fill="${part.fill}"${part.fillOpacity === undefined ? '' : ` fill-opacity="${part.fillOpacity}"`}`
      : ' fill="none"';
    if (part.kind === 'shape')
      return `<path d="${part.d}"${fill}${stroke} stroke-linejoin="round"/>`;
    const dash = part.dash ? ` stroke-dasharray="${part.dash.join(' ')}"` : '';
    return `<circle r="${part.r}"${fill}${stroke}${dash}/>`;
  });
  return `<g transform="translate(${x} ${y})">${shapes.join('')}</g>`;
}

/** `font` is a CSS shorthand ("600 20px system-ui, …"): SVG takes it as a style. */
function textSvg(line: FigureLayout['lines'][number], background: string): string {
  const halo = line.halo
    ? ` stroke="${background}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`
    : '';
  return `<text x="${round(line.x)}" y="${round(line.y)}" text-anchor="${ANCHOR[line.align]}" fill="${line.fill}" style="font: ${escapeXml(line.font)}"${halo}>${escapeXml(line.text)}</text>`;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The figure as a standalone SVG document. `mapSvg` is the map as the SVG renderer draws it (an
 * `<svg>` element of the map's size); it is nested at its place in the layout.
 */
export function composeSvg(
  layout: FigureLayout,
  mapSvg: string,
  title: string,
  lang: string,
): string {
  const map = mapSvg
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/^<svg\b/, `<svg x="0" y="${round(layout.mapTop)}"`);
  const names = layout.lines.filter((line) => line.halo);
  const words = layout.lines.filter((line) => !line.halo);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${escapeXml(lang)}" width="${layout.width}" height="${round(layout.height)}" viewBox="0 0 ${layout.width} ${round(layout.height)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="${layout.background}"/>`,
    `<g id="map">${map}</g>`,
    `<g id="names">${names.map((line) => textSvg(line, layout.background)).join('')}</g>`,
    `<g id="key">${layout.marks.map((mark) => markSvg(mark.parts, mark.x, mark.y)).join('')}</g>`,
    `<g id="words">${words.map((line) => textSvg(line, layout.background)).join('')}</g>`,
    '</svg>',
  ].join('\n');
}
