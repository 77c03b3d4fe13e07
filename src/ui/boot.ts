/**
 * Runs before the first paint of a page whose HTML already shows the map (rendered at build time
 * for one view, named on `<html data-prerendered="2026 page light en">`). When the address asks for
 * another year, the other kind of view, another colour scheme, another language (the full page
 * follows the browser's languages when the address names none) or other providers' layers, it
 * marks the page `prerender-stale`, so that CSS hides that map until the app has drawn the view
 * asked for, and the app mounts afresh instead of taking the HTML over: no reader sees a year, a
 * language or a set of layers that is not the one chosen, nor the map move to make room for them.
 * A region asked for on the same year is shown once the app opens it.
 *
 * It reads the address with the app's own functions (`readLocation`, `parseViewState`,
 * `preferredIn`, `defaultTheme`), so the two cannot disagree: `build/boot.ts` builds it into
 * `boot.js`, an external classic script that a strict Content-Security-Policy (no inline script)
 * allows, and `boot.test.ts` runs that file against the app's reading of many addresses.
 */
import { defaultTheme, parseViewState, preferredIn } from '../data/input.ts';
import { DATA_LANGUAGE } from '../data/locale.ts';
import { readLocation } from '../data/view-url.ts';
import { HTML_ATTRIBUTES as ATTRIBUTE, STALE_CLASS } from './html-contract.ts';

function preload(rel: string, href: string, options: { as?: string; crossOrigin?: string } = {}) {
  const link = Object.assign(document.createElement('link'), { rel, href, ...options });
  document.head.appendChild(link);
}

/** Preloads the chunks an attribute of `<html>` names (`name=href …`) that `wanted` picks. */
function preloadChunks(attribute: string, wanted: (name: string) => boolean): void {
  for (const pair of (document.documentElement.getAttribute(attribute) ?? '').split(' ')) {
    const [name, href] = pair.split('=');
    if (name && href && wanted(name)) preload('modulepreload', href);
  }
}

function boot(): void {
  const root = document.documentElement;
  const shown = (root.getAttribute(ATTRIBUTE.prerendered) ?? '').split(' ');
  const years = (root.getAttribute(ATTRIBUTE.years) ?? '').split(' ').map(Number);
  if (shown.length !== 4 || years.length !== 2 || !years.every(Number.isInteger)) return;
  const languages = (root.getAttribute(ATTRIBUTE.languages) ?? DATA_LANGUAGE).split(' ');
  const { search } = readLocation(location.pathname, location.search);
  // The app's last year is the later of the data's and the reader's own: a page built in one year
  // and read in the next opens on the next.
  const last = Math.max(years[1]!, new Date().getUTCFullYear());
  const asked = parseViewState(search, { first: years[0]!, last, regionIds: [], languages });
  const embed = asked.embed ?? false;
  // An embed speaks the language its snippet names, English otherwise, whatever the browser says.
  const lang =
    asked.lang ??
    (embed ? DATA_LANGUAGE : preferredIn(navigator.languages ?? [], languages, DATA_LANGUAGE));
  const theme = asked.theme ?? defaultTheme(embed);
  const dark =
    theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);

  // The reader's words, and the other providers' regions asked for, load beside the app's
  // scripts, not after them.
  const layers: readonly string[] = asked.compare ?? [];
  preloadChunks(ATTRIBUTE.languageChunks, (name) => name === lang);
  preloadChunks(ATTRIBUTE.providerChunks, (name) => layers.includes(name));

  const view = [asked.year ?? last, embed ? 'embed' : 'page', dark ? 'dark' : 'light', lang];
  // The HTML's map is Alibaba's alone, fitted to its regions: a map asked for with other
  // providers' layers is drawn afresh, with them, in the view that fits them all.
  if (view.join(' ') === shown.join(' ') && layers.length === 0) return;
  root.classList.add(STALE_CLASS);
  // Drawn afresh, the map needs the country shapes before it shows: fetched beside the scripts.
  const basemap = root.getAttribute(ATTRIBUTE.basemap);
  if (basemap) preload('preload', basemap, { as: 'fetch', crossOrigin: '' });
}

boot();
