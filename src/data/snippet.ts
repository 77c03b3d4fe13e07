import type { Theme } from './input.ts';
import type { PeerProvider } from './types.ts';
import { embedHref, viewHref } from './view-url.ts';

/**
 * How tall the embed view grows, whatever the year (measured at each year; a browser test keeps
 * these true): in a typical 650 px article column, and at any width from 300 to 1200 px. Both stay
 * under WordPress's 1000 px cap, since a region's story opens over the map, not below it.
 */
export const EMBED_COLUMN_WIDTH_PX = 650;
// 780 since the compare switches took a row of their own (770 at most, in 2015).
export const EMBED_COLUMN_HEIGHT_PX = 780;
// 900 since the compare switches took a row of their own (44 px and its gap).
export const EMBED_TALLEST_PX = 900;

export type EmbedForm = 'iframe' | 'web-component';

/** The resize script as the build wrote it (see `build/resize-script.ts`). */
export interface ResizeScript {
  /** The file, relative to the site's root: `embed-resize.<first 16 hex digits of its SHA-384>.js`. */
  file: string;
  /** The `integrity` attribute's value: `sha384-<base64>`. */
  integrity: string;
}

export interface EmbedOptions {
  /** Where the live site lives, ending in a slash, e.g. `https://maps.example.org/footprint/`. */
  siteRoot: string;
  /**
   * An archived embed's version of the data (`2026-12-04`): it shows that version for good, from
   * the site's `v/VERSION/` folder. None for a live embed, which follows new data.
   */
  version?: string;
  year?: number;
  region?: string;
  /** Other providers' layers shown beside Alibaba's; none when absent or empty. */
  compare?: readonly PeerProvider[];
  theme: Theme;
  /** The map's language, as the reader of the dialog sees it: written into both snippets. */
  lang?: string;
  /** Initial iframe height in CSS pixels; the resize script then fits the content. */
  height: number;
  /** The iframe snippet's resize script: the app's is `RESIZE_SCRIPT` of `virtual:resize-script`. */
  resizeScript: ResizeScript;
  /** Accessible name of the iframe. */
  title: string;
  /** The web component's fallback link: "…, 2016 (interactive map)". */
  linkText: string;
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

/** Where a live or an archived embed's pages are: the site's root, or its version's folder. */
export function viewsRoot(options: Pick<EmbedOptions, 'siteRoot' | 'version'>): string {
  return options.version === undefined
    ? options.siteRoot
    : new URL(`v/${options.version}/`, options.siteRoot).href;
}

/** The embed view's address for a view. */
export function embedUrl(
  options: Pick<
    EmbedOptions,
    'siteRoot' | 'year' | 'region' | 'theme' | 'lang' | 'version' | 'compare'
  >,
): string {
  return new URL(
    embedHref({
      year: options.year,
      region: options.region,
      theme: options.theme,
      lang: options.lang,
      compare: options.compare,
    }),
    viewsRoot(options),
  ).href;
}

/**
 * The view's own page on the map's site: the link to paste where a CMS embeds what it discovers,
 * and the web component's fallback.
 */
export function viewUrl(
  options: Pick<EmbedOptions, 'siteRoot' | 'year' | 'region' | 'lang' | 'version' | 'compare'>,
): string {
  const { year, region, lang, compare } = options;
  const view = { year, region, lang, compare };
  return new URL(viewHref(view), viewsRoot(options)).href;
}

/**
 * The responsive iframe: works in any CMS; without the script the fixed height still works. The
 * script runs in the article's origin, so it is named by its content and pinned by its hash: the
 * browser runs it only as it was built (see `build/resize-script.ts`).
 */
export function iframeSnippet(options: EmbedOptions): string {
  const src = escapeHtml(embedUrl(options));
  const script = escapeHtml(new URL(options.resizeScript.file, options.siteRoot).href);
  const integrity = escapeHtml(options.resizeScript.integrity);
  const height = Math.round(options.height);
  return [
    `<iframe src="${src}" title="${escapeHtml(options.title)}" loading="lazy"`,
    `  style="display:block;width:100%;height:${height}px;border:0" data-footprint-embed></iframe>`,
    `<script src="${script}" integrity="${integrity}" crossorigin="anonymous" async></script>`,
  ].join('\n');
}

/**
 * The web component: one module script and one element, styles kept inside its shadow root. Until
 * the script runs (and for good, should the page or the map's host block it) the element shows
 * its content: a link to the same view on the map's site.
 */
export function webComponentSnippet(options: EmbedOptions): string {
  const script = escapeHtml(new URL('embed.js', options.siteRoot).href);
  const attributes = [
    options.year === undefined ? '' : ` year="${escapeHtml(options.year)}"`,
    options.region === undefined ? '' : ` region="${escapeHtml(options.region)}"`,
    ` theme="${escapeHtml(options.theme)}"`,
    options.lang === undefined ? '' : ` lang="${escapeHtml(options.lang)}"`,
    options.compare?.length ? ` compare="${escapeHtml(options.compare.join(','))}"` : '',
    options.version === undefined ? '' : ` version="${escapeHtml(options.version)}"`,
  ].join('');
  return [
    `<script type="module" src="${script}"></script>`,
    `<alibaba-cloud-map${attributes}><a href="${escapeHtml(viewUrl(options))}">${escapeHtml(options.linkText)}</a></alibaba-cloud-map>`,
  ].join('\n');
}

export function embedSnippet(form: EmbedForm, options: EmbedOptions): string {
  return form === 'iframe' ? iframeSnippet(options) : webComponentSnippet(options);
}
