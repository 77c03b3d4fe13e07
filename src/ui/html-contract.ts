/**
 * The names the build writes into a page's HTML and the scripts read back: `build/prerender.ts` and
 * `build/view-pages.ts` write them, `boot.js` (`boot.ts`) reads them before the first paint,
 * `main.ts` and `start-page.ts` when the app starts. One owner, so a rename cannot leave a reader
 * silently behind (`global.css` names `STALE_CLASS` in its selector `.prerender-stale #app`, and a
 * test keeps the two the same).
 */

/** Attributes of `<html>`. */
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
  /** The country shapes' file, preloaded when the map must be drawn afresh. */
  basemap: 'data-basemap',
  /** An archived page's version of the data: `2026-12-04`. */
  archive: 'data-archive',
} as const;

/** `#app` carries it when its content is the build's rendering, to be taken over. */
export const APP_PRERENDERED = 'data-prerendered';

/** On `<html>`: the HTML's map shows another view than the one asked for, and hides until redrawn. */
export const STALE_CLASS = 'prerender-stale';

/** On `<html>`: the page is an embed, styled as one from its first paint. */
export const EMBEDDED_CLASS = 'embedded';

/**
 * A region's row in the year page's list. A region's view page has no map of its own in its HTML:
 * without a script it sends the reader there (`build/view-pages.ts`).
 */
export const regionRowId = (id: string): string => `region-row-${id}`;
