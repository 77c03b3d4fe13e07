/**
 * Every view of the map has an address of its own, `view/2026/paris/` under the site's root, that a
 * static host serves as a file: its page names the view in its oEmbed discovery link, so pasting
 * the address a reader sees into a CMS embeds that same view. The older query form
 * (`?year=2026&region=paris`) is still read. Pure, so it is tested without a browser.
 */
import { serializeViewState, type ViewState } from './input';

/** `…/view/2026/` or `…/view/2026/paris/`: the root before it, the year and the region in it. */
const VIEW_PATH = /^(.*\/)view\/(\d{1,6})\/(?:([a-z0-9]+(?:-[a-z0-9]+)*)\/)?(?:index\.html)?$/;

/** Longer than any path this site writes; a longer one is read as the root alone. */
const MAX_PATH_LENGTH = 512;

export interface SiteLocation {
  /** The site's root path, ending in a slash: where `index.html`, `data/` and `view/` live. */
  root: string;
  /** The view as a query string, the path's year and region included, for `parseViewState`. */
  search: string;
}

/**
 * Reads a page address as the site's root and the view it names. The query wins over the path
 * where both name a year or a region. Nothing is validated here: `parseViewState` does that.
 */
export function readLocation(pathname: string, search: string): SiteLocation {
  const path = typeof pathname === 'string' ? pathname.slice(0, MAX_PATH_LENGTH) : '/';
  const match = VIEW_PATH.exec(path);
  if (!match) return { root: path.slice(0, path.lastIndexOf('/') + 1) || '/', search };
  const params = new URLSearchParams(search);
  const [, root, year, region] = match;
  if (!params.has('year')) params.set('year', year!);
  if (region !== undefined && !params.has('region')) params.set('region', region);
  return { root: root!, search: `?${params}` };
}

/** The folder of a view's page, relative to the root: `view/2026/` or `view/2026/paris/`. */
export function viewFolder(year: number, region?: string): string {
  return region === undefined ? `view/${year}/` : `view/${year}/${region}/`;
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
