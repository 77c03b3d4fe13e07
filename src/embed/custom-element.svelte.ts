/**
 * `<alibaba-cloud-map year="2026" region="paris" theme="auto" lang="zh-CN">`: the embed view as a
 * custom element (`version="2026-12-04"` keeps that version of the data, read when it starts). Its styles (ours, and MapLibre's once its chunk loads) live inside its shadow
 * root, its attributes and its state mirror each other, and it defines nothing on `window` beyond
 * the element. It speaks the language its `lang` attribute names (English otherwise), and marks its
 * content with that language, whatever the article around it speaks.
 */
import { mount, unmount } from 'svelte';
import {
  defaultTheme,
  parseCompare,
  parsePeerRegion,
  parseRegion,
  parseTheme,
  parseYear,
} from '../data/input.ts';
import { DEFAULT_LANGUAGE, parseLanguage } from '../data/languages.ts';
import { siteRootOf } from '../data/view-url.ts';
import type { AppState } from '../ui/app-state.svelte.ts';
import EmbedView from '../ui/EmbedView.svelte';
import { archiveFolder, loadArchive, startApp } from '../ui/start.ts';
import globalCss from '../ui/global.css?inline';

const TAG = 'alibaba-cloud-map';
// The site's root, from this module's own address (never the article's): in a build the element's
// code is a chunk in `assets/` (shared with the example story), one folder below the root; the dev
// server serves the root at `/`.
// (Through a name: Vite reads `new URL('…', import.meta.url)` as an asset to bundle.)
const HERE = import.meta.url;
const SITE_ROOT = import.meta.env.DEV ? new URL('/', HERE).href : siteRootOf(HERE);

/**
 * `--footprint-styled` tells the element its stylesheet applies: a Content-Security-Policy without
 * `style-src 'unsafe-inline'` blocks it, and the map would be a heap of unstyled text.
 */
const HOST_CSS = `:host { display: block; --footprint-styled: 1; } :host([hidden]) { display: none; }`;

class AlibabaCloudMap extends HTMLElement {
  static observedAttributes = ['year', 'region', 'theme', 'lang', 'compact', 'compare'];

  #app: AppState | undefined;
  #view: ReturnType<typeof mount> | undefined;
  #stopReflecting: (() => void) | undefined;
  /** What the element's attributes say of its layout, read by the mounted view as they change. */
  #layout = $state({ compact: false });

  /** Counts connections, so a start that finishes after the element left (or came back) is dropped. */
  #connection = 0;

  async connectedCallback(): Promise<void> {
    if (this.#view) return;
    const connection = ++this.#connection;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `${HOST_CSS}\n${globalCss}`;
    const target = document.createElement('div');
    target.hidden = true;
    // The link the article wrote inside the element: shown until the map is, and again whenever
    // the map cannot start (a blocked script, style or fetch), so the reader always has a way in.
    const fallback = document.createElement('slot');
    shadow.replaceChildren(style, target, fallback);
    const asRead = AlibabaCloudMap.observedAttributes.map((name) => this.getAttribute(name));
    let app: AppState;
    // `version="2026-12-04"`: an archived map, keeping that version's data for good.
    const version = this.getAttribute('version');
    let siteRoot = SITE_ROOT;
    try {
      const archive = version === null ? undefined : await loadArchive(SITE_ROOT, version);
      if (archive) siteRoot = new URL(archiveFolder(archive.version), SITE_ROOT).href;
      app = await startApp(
        (bounds) => ({
          embed: true,
          year: parseYear(this.getAttribute('year'), bounds),
          region:
            parseRegion(this.getAttribute('region'), bounds) ??
            parsePeerRegion(
              this.getAttribute('region'),
              parseCompare(this.getAttribute('compare')),
            ),
          compare: parseCompare(this.getAttribute('compare')),
          theme: parseTheme(this.getAttribute('theme')),
          lang: parseLanguage(this.getAttribute('lang')),
        }),
        [],
        archive,
      );
    } catch {
      this.setAttribute('data-map-state', 'error');
      return;
    }
    if (connection !== this.#connection || !this.isConnected || this.#view) return;
    if (getComputedStyle(this).getPropertyValue('--footprint-styled').trim() !== '1') {
      this.setAttribute('data-map-state', 'error');
      return;
    }
    this.#app = app;
    // The page may have changed an attribute while the language loaded: the change still counts.
    AlibabaCloudMap.observedAttributes.forEach((name, i) => {
      const value = this.getAttribute(name);
      if (value !== asRead[i]) this.attributeChangedCallback(name, asRead[i] ?? null, value);
    });
    const layout = this.#layout;
    layout.compact = this.hasAttribute('compact');
    const showMap = (shown: boolean) => {
      target.hidden = !shown;
      fallback.hidden = shown;
    };
    this.#view = mount(EmbedView, {
      target,
      props: {
        app,
        siteRoot,
        liveRoot: SITE_ROOT,
        onstate: (state: string) => {
          this.setAttribute('data-map-state', state);
          showMap(state !== 'error');
        },
        get compact() {
          return layout.compact;
        },
      },
    });
    showMap(true);
    this.#stopReflecting = $effect.root(() => {
      $effect(() => {
        this.#reflect('year', String(app.year));
        this.#reflect('region', app.selectedId ?? null);
        this.#reflect('compare', app.compare.length > 0 ? app.compare.join(',') : null);
      });
    });
  }

  disconnectedCallback(): void {
    this.#connection++;
    this.#stopReflecting?.();
    if (this.#view) void unmount(this.#view);
    this.#view = undefined;
    this.#app = undefined;
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    const app = this.#app;
    if (!app) return;
    const bounds = app.bounds;
    if (name === 'year') {
      const year = parseYear(value, bounds);
      if (year !== undefined && year !== app.year) app.setYear(year);
    } else if (name === 'region') {
      // The page chooses a region; only the reader opens its story.
      app.choose(parseRegion(value, bounds) ?? parsePeerRegion(value, app.compare));
    } else if (name === 'theme') {
      app.theme = parseTheme(value) ?? defaultTheme(true);
    } else if (name === 'lang') {
      void app.setLanguage(parseLanguage(value) ?? DEFAULT_LANGUAGE);
    } else if (name === 'compare') {
      app.setCompare(parseCompare(value) ?? []);
    } else if (name === 'compact') {
      this.#layout.compact = value !== null;
    }
  }

  /** Writes state back to an attribute only when it differs, so the two never chase each other. */
  #reflect(name: string, value: string | null): void {
    if (this.getAttribute(name) === value) return;
    if (value === null) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, AlibabaCloudMap);
