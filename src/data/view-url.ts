/**
 * Every view of the map has an address of its own, `view/2026/paris/` under the site's root, that a
 * static host serves as a file: its page names the view in its oEmbed discovery link, so pasting
 * the address a reader sees into a CMS embeds that same view. A language other than English has a
 * folder of its own, `zh-CN/view/2026/paris/`, whose pages the build writes in that language (a
 * static host cannot answer `?lang=` with another file). The older query forms
 * (`?year=2026&region=paris`, `?lang=zh-CN`) are still read. Pure, so it is tested without a browser.
 */
import { peerOf, queryOf, serializeViewState, VIEW_KEYS, type ViewState } from './input.ts';
import { DATA_LANGUAGE } from './locale.ts';
import { LANGUAGE_TAGS } from './types.ts';

/**
 * The fragment a region's address carries when a reader pressed its pin before the page's script
 * ran: the page that opens reads it once and opens the region's story.
 */
export const STORY_FRAGMENT = '#story';

/** The languages with a folder of their own: every one but the site's own English. */
const FOLDER_LANGUAGES = LANGUAGE_TAGS.filter((lang) => lang !== DATA_LANGUAGE);
/** `zh-CN/` right under the root, before the view's folder or the root's own page. */
const LANGUAGE_FOLDER = new RegExp(`^(.*\\/)(${FOLDER_LANGUAGES.join('|')})\\/(.*)$`);

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
  const whole = typeof pathname === 'string' ? pathname.slice(0, MAX_PATH_LENGTH) : '/';
  const { path, lang } = withoutLanguage(whole);
  const query = new URLSearchParams(typeof search === 'string' ? search : '');
  const match = VIEW_PATH.exec(path);
  const rootEmbed = match ? null : ROOT_EMBED.exec(path);
  if (!match && !rootEmbed) {
    return {
      root: path.slice(0, path.lastIndexOf('/') + 1) || '/',
      search: viewFirst(query, { lang }),
    };
  }
  const [, root, year, region, embedPage] = match ?? [undefined, rootEmbed![1]];
  const embed = rootEmbed || embedPage ? '1' : undefined;
  return { root: root!, search: viewFirst(query, { year, region, embed, lang }) };
}

/**
 * The site's root, from the address of the module that asks (`import.meta.url`): the app's entry
 * sits one folder below it (`assets/` in a build, `src/` on the dev server). Never from the page's
 * path: `//evil.example/view/2026/paris/` would make it another host, and `//` no URL at all.
 */
export function siteRootOf(moduleUrl: string): string {
  return new URL('../', moduleUrl).href;
}

/** A path in a language's folder (`/footprint/zh-CN/view/2026/`) as the path and its language. */
function withoutLanguage(path: string): { path: string; lang?: string } {
  const match = LANGUAGE_FOLDER.exec(path);
  if (!match) return { path };
  const [, root, lang, rest] = match;
  const inFolder = `/${rest}`;
  // Only the root's own pages and view pages sit in a language's folder.
  if (!VIEW_PATH.test(inFolder) && !/^\/(?:index\.html|embed\.html)?$/.test(inFolder))
    return { path };
  return { path: `${root}${rest}`, lang };
}

/** The folder a language's pages sit in under the root: `zh-CN/`, and none for English. */
export function languageFolder(lang: string | undefined): string {
  return lang !== undefined && (FOLDER_LANGUAGES as readonly string[]).includes(lang)
    ? `${lang}/`
    : '';
}

/** The folder of a view's page, relative to the root: `view/2026/` or `view/2026/paris/`. */
export function viewFolder(year: number, region?: string): string {
  return region === undefined ? `view/${year}/` : `view/${year}/${region}/`;
}

/**
 * The embed view's page for a view, relative to the root: its year's `embed.html` (which the build
 * renders that year into), in its language's folder, with the region and a theme other than the
 * embed's default (light) as a query.
 */
export function embedHref(state: Omit<ViewState, 'embed'>): string {
  const folder = languageFolder(state.lang);
  const params = new URLSearchParams();
  if (state.region !== undefined) params.set('region', state.region);
  if (state.theme !== undefined && state.theme !== 'light') params.set('theme', state.theme);
  if (!folder && state.lang !== undefined && state.lang !== DATA_LANGUAGE) {
    params.set('lang', state.lang);
  }
  const query = queryOf(params, state.compare);
  return `${folder}${state.year === undefined ? '' : viewFolder(state.year)}embed.html${query}`;
}

/**
 * The address of a view relative to the root: its language's folder and its own when it has a
 * year, and what the folders cannot say (the theme, the embed flag, the layers compared) as a
 * query. Another provider's region has no page of its own, so it stays in the query.
 */
export function viewHref(state: ViewState): string {
  const folder = languageFolder(state.lang);
  const lang = folder ? undefined : state.lang;
  if (state.year === undefined) return `${folder}${serializeViewState({ ...state, lang })}` || './';
  const paged = state.region !== undefined && peerOf(state.region) === undefined;
  const region = paged ? undefined : state.region;
  const rest = serializeViewState({ ...state, year: undefined, region, lang });
  return `${folder}${viewFolder(state.year, paged ? state.region : undefined)}${rest}`;
}
