/**
 * Every view of the map has an address of its own, `view/2026/paris/` under the site's root, that a
 * static host serves as a file: its page names the view in its oEmbed discovery link, so pasting
 * the address a reader sees into a CMS embeds that same view. The older query form
 * (`?year=2026&region=paris`) is still read. Pure, so it is tested without a browser.
 */
import { serializeViewState, VIEW_KEYS, type ViewState } from './input';
import { DATA_LANGUAGE } from './locale';

/**
 * `…/view/2026/`, `…/view/2026/paris/` or a year's embed page `…/view/2026/embed.html`: the root
 * before it, the year and the region in it, and whether it is the embed view.
 */
const VIEW_PATH =
  /^(.*\/)view\/(\d{1,6})\/(?:([a-z0-9]+(?:-[a-z0-9]+)*)\/)?(?:index\.html|(embed\.html))?$/;
/** The root's own embed page. */
const ROOT_EMBED = /^(.*\/)embed\.html$/;

/** Longer than any path this site writes; a longer one is read as the root alone. */
const MAX_PATH_LENGTH = 512;

export interface SiteLocation {
  /** The site's root path, ending in a slash: where `index.html`, `data/` and `view/` live. */
  root: string;
  /** The view as a query string, the path's year and region included, for `parseViewState`. */
  search: string;
}

/**
 * The view's keys first, then the rest of the query as it came: `parseViewState` reads only the
 * first 1,024 characters, and a long query (a campaign's tracking tag, say) must not push the year
 * or the embed flag out of reach. Of a repeated view key the first still counts; `fromPath` fills
 * in what the query does not name.
 */
function viewFirst(query: URLSearchParams, fromPath: Record<string, string | undefined>): string {
  const ordered = new URLSearchParams();
  for (const key of VIEW_KEYS) {
    const value = query.get(key) ?? fromPath[key];
    if (value !== undefined) ordered.set(key, value);
  }
  const viewKeys: readonly string[] = VIEW_KEYS;
  for (const [key, value] of query) if (!viewKeys.includes(key)) ordered.append(key, value);
  return ordered.size > 0 ? `?${ordered}` : '';
}

/**
 * Reads a page address as the site's root and the view it names. The query wins over the path
 * where both name a year or a region. Nothing is validated here: `parseViewState` does that.
 */
export function readLocation(pathname: string, search: string): SiteLocation {
  const path = typeof pathname === 'string' ? pathname.slice(0, MAX_PATH_LENGTH) : '/';
  const query = new URLSearchParams(typeof search === 'string' ? search : '');
  const match = VIEW_PATH.exec(path);
  const rootEmbed = match ? null : ROOT_EMBED.exec(path);
  if (!match && !rootEmbed) {
    return { root: path.slice(0, path.lastIndexOf('/') + 1) || '/', search: viewFirst(query, {}) };
  }
  const [, root, year, region, embedPage] = match ?? [undefined, rootEmbed![1]];
  const embed = rootEmbed || embedPage ? '1' : undefined;
  return { root: root!, search: viewFirst(query, { year, region, embed }) };
}

/**
 * The site's root, from the address of the module that asks (`import.meta.url`): the app's entry
 * sits one folder below it (`assets/` in a build, `src/` on the dev server). Never from the page's
 * path: `//evil.example/view/2026/paris/` would make it another host, and `//` no URL at all.
 */
export function siteRootOf(moduleUrl: string): string {
  return new URL('../', moduleUrl).href;
}

/** The folder of a view's page, relative to the root: `view/2026/` or `view/2026/paris/`. */
export function viewFolder(year: number, region?: string): string {
  return region === undefined ? `view/${year}/` : `view/${year}/${region}/`;
}

/**
 * The embed view's page for a view, relative to the root: its year's `embed.html` (which the build
 * renders that year into), with the region, and a theme or language other than the embed's
 * defaults (light, English), as a query.
 */
export function embedHref(state: Omit<ViewState, 'embed'>): string {
  const params = new URLSearchParams();
  if (state.region !== undefined) params.set('region', state.region);
  if (state.theme !== undefined && state.theme !== 'light') params.set('theme', state.theme);
  if (state.lang !== undefined && state.lang !== DATA_LANGUAGE) params.set('lang', state.lang);
  const query = params.size > 0 ? `?${params}` : '';
  return `${state.year === undefined ? '' : viewFolder(state.year)}embed.html${query}`;
}

/**
 * The address of a view relative to the root: its folder when it has a year, and what the folder
 * cannot say (the theme, the embed flag) as a query.
 */
export function viewHref(state: ViewState): string {
  if (state.year === undefined) return serializeViewState(state) || './';
  const rest = serializeViewState({ ...state, year: undefined, region: undefined });
  return `${viewFolder(state.year, state.region)}${rest}`;
}
