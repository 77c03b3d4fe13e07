/**
 * The names the build writes into a page's HTML and the scripts read back: `build/prerender.ts` and
 * `build/view-pages.ts` write them, `boot.js` (`boot.ts`) reads them before the first paint,
 * `main.ts` and `start-page.ts` when the app starts. One owner, so a rename cannot leave a reader
 * silently behind (`prerendered.css` names `STALE_CLASS` in its selector `.prerender-stale #app`, and a
 * test keeps the two the same).
 */

/** Attributes of `<html>` that `boot.js` reads. */
export const HTML_ATTRIBUTES = {
  /** The view the HTML's map shows: `2026 page light en` (year, kind, scheme, language). */
  prerendered: 'data-prerendered',
  /** The slider's first and last years: `2009 2026`. */
  years: 'data-years',
  /** Every language the map speaks: `en zh-CN`. */
  languages: 'data-languages',
  /** Each language's chunk, for a preload: `zh-CN=../assets/zh-CN-….js`. */
  languageChunks: 'data-language-chunks',
  /** Each other provider's regions' chunk, for a preload: `aws=../assets/aws-….js`. */
  providerChunks: 'data-provider-chunks',
  /**
   * The page's view with each set of other providers' layers, rendered by the build beside the
   * page: `aws,azure=./index.aws-azure.js …`. `boot.js` puts the one asked for in place of the
   * HTML's own before the first paint.
   */
  layerViews: 'data-layer-views',
  /** The country shapes' file, preloaded when the map must be drawn afresh. */
  basemap: 'data-basemap',
} as const;

/**
 * On `<html>` of an archived page: its version of the data, `2026-12-04`. Named apart from the
 * attributes only `boot.js` reads, so that the app's scripts, which read this one, do not carry
 * those.
 */
export const ARCHIVE_ATTRIBUTE = 'data-archive';

/** `#app` carries it when its content is the build's rendering, to be taken over. */
export const APP_PRERENDERED = 'data-prerendered';

/** On `<html>`: the HTML's map shows another view than the one asked for, and hides until redrawn. */
export const STALE_CLASS = 'prerender-stale';

/**
 * The HTML's map is on screen, the view the address asks for (with layers, the build's view with
 * them all), unless `boot.js` has hidden it: the app takes it over.
 */
export const htmlMapShown = (): boolean =>
  document.querySelector(`#app[${APP_PRERENDERED}]`) !== null &&
  !document.documentElement.classList.contains(STALE_CLASS);

/**
 * On `<html>` while `boot.js` puts a layer view in place of the HTML's map (until then the page is
 * also stale): the app's scripts load once it has gone, to take over that view or draw afresh.
 */
export const LAYER_VIEW_PENDING = 'data-layer-view-pending';

/** The event `boot.js` sends on `window` once `LAYER_VIEW_PENDING` has gone: `main.ts` waits for it. */
export const LAYER_VIEW_SETTLED = 'footprint-layer-view-settled';

/**
 * The event a layer view's script (`build/prerender.ts` writes it) sends with the nodes of `#app`
 * (`LayerView`), the country paths left out: `boot.js` moves the HTML's own into it.
 */
export const LAYER_VIEW_EVENT = 'footprint-layer-view';

/**
 * A layer view as its script hands it over, both parts as JSON text of `LayerViewNode`s (a browser
 * reads a string and parses JSON faster than it reads the same data written as script): `map`,
 * the nodes of `#app` with the parts that never size the map (`AFTER_MAP`) empty, and `later`,
 * those parts' children, one list per part in the order they come. `boot.js` parses `later`
 * after the first paint.
 */
export interface LayerView {
  map: string;
  later: string;
}

/**
 * A node of a layer view, as data: text, a comment (`[text]`), or an element (`[name, attributes,
 * ...children]`). `boot.js` builds it with `createElement` and `setAttribute`: the map parses no
 * markup from text.
 */
export type LayerViewNode =
  string | [string] | [string, Record<string, string>, ...LayerViewNode[]];

/**
 * On the parts of the page that never size the map (`App.svelte`'s side column, list and footer):
 * `boot.js` builds a layer view's map first, and these parts' content a frame later, as the
 * parser would have shown them.
 */
export const AFTER_MAP = 'data-after-map';

/** On `<html>`: the page is an embed, styled as one from its first paint. */
export const EMBEDDED_CLASS = 'embedded';

/**
 * A region's row in the year page's list. A region's view page has no map of its own in its HTML:
 * without a script it sends the reader there (`build/view-pages.ts`).
 */
export const regionRowId = (id: string): string => `region-row-${id}`;
