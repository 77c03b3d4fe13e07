import { serializeViewState, type Theme } from '../data/input';

export type EmbedForm = 'iframe' | 'web-component';

export interface EmbedOptions {
  /** Where the site lives, ending in a slash, e.g. `https://maps.example.org/footprint/`. */
  siteRoot: string;
  year?: number;
  region?: string;
  theme: Theme;
  /** Initial iframe height in CSS pixels; the resize script then fits the content. */
  height: number;
  /** Accessible name of the iframe. */
  title: string;
}

/** Escapes a value for a double-quoted HTML attribute or text: every value, every time. */
export function escapeHtml(value: string | number): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function embedUrl(options: EmbedOptions): string {
  const query = serializeViewState({
    embed: true,
    year: options.year,
    region: options.region,
    theme: options.theme,
  });
  return new URL(query, options.siteRoot).href;
}

/** The responsive iframe: works in any CMS; without the script the fixed height still works. */
export function iframeSnippet(options: EmbedOptions): string {
  const src = escapeHtml(embedUrl(options));
  const script = escapeHtml(new URL('embed-resize.js', options.siteRoot).href);
  const height = Math.round(options.height);
  return [
    `<iframe src="${src}" title="${escapeHtml(options.title)}" loading="lazy"`,
    `  style="display:block;width:100%;height:${height}px;border:0" data-footprint-embed></iframe>`,
    `<script src="${script}" async></script>`,
  ].join('\n');
}

/** The web component: one module script and one element, styles kept inside its shadow root. */
export function webComponentSnippet(options: EmbedOptions): string {
  const script = escapeHtml(new URL('embed.js', options.siteRoot).href);
  const attributes = [
    options.year === undefined ? '' : ` year="${escapeHtml(options.year)}"`,
    options.region === undefined ? '' : ` region="${escapeHtml(options.region)}"`,
    ` theme="${escapeHtml(options.theme)}"`,
  ].join('');
  return [
    `<script type="module" src="${script}"></script>`,
    `<alibaba-cloud-map${attributes}></alibaba-cloud-map>`,
  ].join('\n');
}

export function embedSnippet(form: EmbedForm, options: EmbedOptions): string {
  return form === 'iframe' ? iframeSnippet(options) : webComponentSnippet(options);
}
