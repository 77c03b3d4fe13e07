/**
 * Paste a link, get the map: each view's page names a static oEmbed answer in a discovery link, so a
 * CMS that discovers embeds (WordPress for any role, Ghost, Discourse, link unfurlers) turns the
 * pasted address into the embedded map. Everything here is written at build time into static files;
 * no server answers questions. Pure, so it is tested without a build.
 */
import {
  EMBED_COLUMN_HEIGHT_PX,
  EMBED_COLUMN_WIDTH_PX,
  embedUrl,
  escapeHtml,
} from '../src/data/snippet.ts';

/** What a view is: the year, and the region open in it. Neither means the latest year, nothing open. */
export interface View {
  year?: number;
  region?: string;
  /** The embed's language when it is not English: its iframe opens that language's embed page. */
  lang?: string;
}

/**
 * The embed's size as the oEmbed answer gives it: a typical article column, and the tallest the
 * embed grows at that width in any year. A consumer that speaks no resize protocol shows the
 * whole map at this size.
 */
export const OEMBED_WIDTH_PX = EMBED_COLUMN_WIDTH_PX;
export const OEMBED_HEIGHT_PX = EMBED_COLUMN_HEIGHT_PX;

export const PROVIDER_NAME = 'Alibaba Cloud Footprint';

/** The oEmbed 1.0 answer of type `rich`: an iframe of the embed view. */
export interface OEmbedAnswer {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  /** Seconds a consumer may keep the answer: a day, as the data changes with new events. */
  cache_age: number;
  /**
   * The version of the data the embed shows, `YYYY-MM-DD` (an extension field, which consumers that
   * do not know it ignore): the live map's newest, or an archived view's own.
   */
  data_version: string;
}

const CACHE_AGE_S = 24 * 60 * 60;

/**
 * What an oEmbed consumer puts in the page: the iframe, as wide as the column (WordPress keeps the
 * `width` attribute but drops `style`), and before it a link to the view that stays hidden
 * elsewhere. WordPress shows that link until the frame speaks its protocol, and loads the script
 * that listens to the frame only when a blockquote comes first: its own embeds look like this.
 */
export function oembedHtml(siteUrl: string, view: View, title: string, pageUrl: string): string {
  const src = embedUrl({ siteRoot: siteUrl, ...view, theme: 'light' });
  return (
    `<blockquote style="display:none"><a href="${escapeHtml(pageUrl)}">${escapeHtml(title)}</a></blockquote>` +
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%"` +
    ` height="${OEMBED_HEIGHT_PX}" frameborder="0" loading="lazy"` +
    ` style="display:block;width:100%;border:0" data-footprint-embed></iframe>`
  );
}

/** The answer for a view whose page is at `pageUrl`. */
export function oembedAnswer(
  siteUrl: string,
  view: View,
  title: string,
  pageUrl: string,
  dataVersion: string,
): OEmbedAnswer {
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: PROVIDER_NAME,
    provider_url: siteUrl,
    html: oembedHtml(siteUrl, view, title, pageUrl),
    width: OEMBED_WIDTH_PX,
    height: OEMBED_HEIGHT_PX,
    cache_age: CACHE_AGE_S,
    data_version: dataVersion,
  };
}

/** What a view's page adds to its head: the discovery link, its canonical address, a card for
 * services that unfurl links by Open Graph rather than oEmbed. */
export function viewHead(options: {
  /** The view page's absolute address. */
  pageUrl: string;
  /** The oEmbed answer's absolute address. */
  oembedUrl: string;
  title: string;
  description: string;
  /** The address is the one readers use (not a stand-in): worth naming as canonical. */
  canonical: boolean;
}): string {
  const { pageUrl, oembedUrl, title, description, canonical } = options;
  return [
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembedUrl)}" title="${escapeHtml(title)}" />`,
    ...(canonical
      ? [
          `<link rel="canonical" href="${escapeHtml(pageUrl)}" />`,
          `<meta property="og:url" content="${escapeHtml(pageUrl)}" />`,
        ]
      : []),
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${escapeHtml(title)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
  ].join('\n    ');
}

/**
 * The site's page, moved `depth` folders down and given its view's head: addresses relative to the
 * page (`./assets/…`) climb back to the root, and the title, when given, names the view.
 */
export function viewPage(indexHtml: string, depth: number, head: string, title?: string): string {
  const up = '../'.repeat(depth);
  // Replacer functions throughout: in a replacement string `$&`, `$'` and `` $` `` are patterns,
  // and a title or a description (or `escapeHtml`'s own `$&quot;`) would paste the page into itself.
  const moved =
    depth === 0
      ? indexHtml
      : indexHtml.replace(
          /(\s(?:src|href))="\.\//g,
          (_, attribute: string) => `${attribute}="${up}`,
        );
  const titled =
    title === undefined
      ? moved
      : moved.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`);
  return titled.replace('</head>', () => `  ${head}\n  </head>`);
}
