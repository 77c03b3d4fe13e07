/**
 * Runs before the first paint of a page whose HTML already shows the map (rendered at build time
 * for one view, named on `<html data-prerendered="2026 page light en">`). When the address asks for
 * another year, the other kind of view, another colour scheme or another language (the full page
 * follows the browser's languages when the address names none), it marks the page
 * `prerender-stale`, so that CSS hides that map until the app has drawn the view asked for, and the
 * app mounts afresh instead of taking the HTML over: no reader sees a year or a language that is not
 * the one chosen. When it asks for other providers' layers on the HTML's view, the build's view
 * with them takes the HTML's place before the first paint, and the app takes it over: the map never
 * moves to make room for them. A region asked for on the same year is shown once the app opens it.
 *
 * It reads the address with the app's own functions (`readLocation`, `parseViewState`,
 * `preferredIn`, `defaultTheme`), so the two cannot disagree: `build/boot.ts` builds it into
 * `boot.js`, an external classic script that a strict Content-Security-Policy (no inline script)
 * allows, and `boot.test.ts` runs that file against the app's reading of many addresses.
 */
import { defaultTheme, parseViewState, preferredIn } from '../data/input.ts';
import { DATA_LANGUAGE } from '../data/locale.ts';
import { readLocation } from '../data/view-url.ts';
import { DRAWN_PATHS } from '../map/drawn-land.ts';
import { firstPaint } from './first-paint.ts';
import {
  AFTER_MAP,
  HTML_ATTRIBUTES as ATTRIBUTE,
  LAYER_VIEW_EVENT,
  LAYER_VIEW_PENDING,
  LAYER_VIEW_SETTLED,
  STALE_CLASS,
  type LayerView,
  type LayerViewNode,
} from './html-contract.ts';

const isLayerView = (value: unknown): value is LayerView =>
  typeof (value as LayerView | null)?.map === 'string' &&
  typeof (value as LayerView).later === 'string';

function preload(rel: string, href: string, options: { as?: string; crossOrigin?: string } = {}) {
  const link = Object.assign(document.createElement('link'), { rel, href, ...options });
  document.head.appendChild(link);
}

/** The files an attribute of `<html>` names (`name=href …`) that `wanted` picks. */
function namedFiles(attribute: string, wanted: (name: string) => boolean): string[] {
  return (document.documentElement.getAttribute(attribute) ?? '')
    .split(' ')
    .map((pair) => pair.split('='))
    .filter(([name, href]) => name && href && wanted(name))
    .map(([, href]) => href!);
}

function preloadChunks(attribute: string, wanted: (name: string) => boolean): void {
  for (const href of namedFiles(attribute, wanted)) preload('modulepreload', href);
}

/** Whatever became of the layer view, the app may take the page over (see `main.ts`). */
function settle(): void {
  document.documentElement.removeAttribute(LAYER_VIEW_PENDING);
  dispatchEvent(new Event(LAYER_VIEW_SETTLED));
}

/** Drawn afresh, the map needs the country shapes before it shows: fetched beside the scripts. */
function drawAfresh(): void {
  const root = document.documentElement;
  root.classList.add(STALE_CLASS);
  const basemap = root.getAttribute(ATTRIBUTE.basemap);
  if (basemap) preload('preload', basemap, { as: 'fetch', crossOrigin: '' });
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A layer view's node, made with the DOM's own calls (no inline handler: the policy has none).
 * The parts that never size the map come empty (`LayerView`): with `later`, they are listed there,
 * to be filled after the first paint.
 */
function build(node: LayerViewNode, inSvg: boolean, later?: Element[]): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  if (node.length === 1) return document.createComment(node[0]);
  const [name, attributes = {}, ...children] = node;
  const svg = inSvg || name === 'svg';
  const element = svg ? document.createElementNS(SVG, name) : document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) {
    if (!/^on/i.test(key)) element.setAttribute(key, value);
  }
  if (AFTER_MAP in attributes) later?.push(element);
  element.append(...children.map((child) => build(child, svg, later)));
  return element;
}

/**
 * Puts the build's rendering of this view with the layers asked for in place of the HTML's own,
 * keeping the HTML's country paths: the first paint waits for it (`blocking="render"`, a file of
 * up to 22 KiB gzipped), and the app takes it over as it would the HTML's. Should it not come, the
 * app draws afresh.
 */
function showLayerView(href: string, loadChunks: () => void): void {
  const root = document.documentElement;
  root.classList.add(STALE_CLASS);
  root.setAttribute(LAYER_VIEW_PENDING, '');
  let view: LayerView | undefined;
  const giveUp = () => {
    loadChunks();
    drawAfresh();
    settle();
  };
  const swap = () => {
    const app = document.getElementById('app');
    const drawn = DRAWN_PATHS.map((selector) => app?.querySelector(`${selector}[d]`));
    if (!app || !drawn.every(Boolean) || !view) return giveUp();
    const { map, later } = view;
    const parts: Element[] = [];
    const nodes = document.createDocumentFragment();
    nodes.append(...(JSON.parse(map) as LayerViewNode[]).map((node) => build(node, false, parts)));
    // The HTML's own country paths move into the view, placed as it places them: their path data,
    // the page's largest attribute, is not read twice.
    DRAWN_PATHS.forEach((selector, index) => {
      const path = drawn[index]!;
      const placed = nodes.querySelector(selector);
      if (!placed) return;
      for (const { name } of [...path.attributes]) {
        if (name !== 'd' && !placed.hasAttribute(name)) path.removeAttribute(name);
      }
      for (const { name, value } of placed.attributes) {
        if (name !== 'd') path.setAttribute(name, value);
      }
      placed.replaceWith(path);
    });
    app.replaceChildren(nodes);
    root.classList.remove(STALE_CLASS);
    // As the parser would, the page shows the map first, and the parts that never size it (the
    // side column, the list: two thirds of the view's nodes) after it: the first paint waits for
    // less. The app takes the view over once it is whole.
    void firstPaint(window).then(() => {
      loadChunks();
      (JSON.parse(later) as LayerViewNode[][]).forEach((children, part) =>
        parts[part]?.append(...children.map((child) => build(child, false))),
      );
      settle();
    });
  };
  document.addEventListener(
    LAYER_VIEW_EVENT,
    (event) => {
      const detail: unknown = (event as CustomEvent).detail;
      if (!isLayerView(detail)) return;
      view = detail;
      // Once the parser has passed the map, not at DOMContentLoaded, which waits for the app's
      // module scripts to load and run: the first paint would wait for them too.
      if (document.readyState !== 'loading') return swap();
      document.addEventListener('readystatechange', swap, { once: true });
    },
    { once: true },
  );
  const script = Object.assign(document.createElement('script'), { src: href });
  script.setAttribute('blocking', 'render');
  // Loaded but said nothing, or not loaded at all: the app draws the view itself.
  script.onload = () => view === undefined && giveUp();
  script.onerror = giveUp;
  document.head.appendChild(script);
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
  // scripts, not after them; and after the first paint where the HTML's map is on screen: the
  // browser compiles a module it preloads as it comes, and the first paint would wait for that.
  const layers: readonly string[] = asked.compare ?? [];
  const chunks = () => {
    preloadChunks(ATTRIBUTE.languageChunks, (name) => name === lang);
    preloadChunks(ATTRIBUTE.providerChunks, (name) => layers.includes(name));
  };

  const view = [asked.year ?? last, embed ? 'embed' : 'page', dark ? 'dark' : 'light', lang];
  const same = view.join(' ') === shown.join(' ');
  // The HTML's map is Alibaba's alone, fitted to its regions: with other providers' layers, the
  // build's view with them (fitted to them all) takes its place, or else the app draws it.
  const [layerView] = same
    ? namedFiles(ATTRIBUTE.layerViews, (name) => name === layers.join(','))
    : [];
  if (layerView) return showLayerView(layerView, chunks);
  if (same && layers.length === 0) return void firstPaint(window).then(chunks);
  chunks();
  drawAfresh();
}

boot();
