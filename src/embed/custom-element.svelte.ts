/**
 * `<alibaba-cloud-map year="2026" region="paris" theme="auto" lang="zh-CN">`: the embed view as a
 * custom element. Its styles (ours, and MapLibre's once its chunk loads) live inside its shadow
 * root, its attributes and its state mirror each other, and it defines nothing on `window` beyond
 * the element. It speaks the language its `lang` attribute names (English otherwise), and marks its
 * content with that language, whatever the article around it speaks.
 */
import { mount, unmount } from 'svelte';
import { defaultTheme, parseRegion, parseTheme, parseYear } from '../data/input.ts';
import { DEFAULT_LANGUAGE, parseLanguage } from '../data/languages.ts';
import type { AppState } from '../ui/app-state.svelte.ts';
import EmbedView from '../ui/EmbedView.svelte';
import { startApp } from '../ui/start.ts';
import globalCss from '../ui/global.css?inline';

const TAG = 'alibaba-cloud-map';
// The site root is where this script lives: chunks, data and seeds sit beside it.
const SITE_ROOT = new URL(/* @vite-ignore */ './', import.meta.url).href;

const HOST_CSS = `:host { display: block; } :host([hidden]) { display: none; }`;

class AlibabaCloudMap extends HTMLElement {
  static observedAttributes = ['year', 'region', 'theme', 'lang'];

  #app: AppState | undefined;
  #view: ReturnType<typeof mount> | undefined;
  #stopReflecting: (() => void) | undefined;

  /** Counts connections, so a start that finishes after the element left (or came back) is dropped. */
  #connection = 0;

  async connectedCallback(): Promise<void> {
    if (this.#view) return;
    const connection = ++this.#connection;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `${HOST_CSS}\n${globalCss}`;
    const target = document.createElement('div');
    shadow.replaceChildren(style, target);
    const asRead = AlibabaCloudMap.observedAttributes.map((name) => this.getAttribute(name));
    const app = await startApp((bounds) => ({
      embed: true,
      year: parseYear(this.getAttribute('year'), bounds),
      region: parseRegion(this.getAttribute('region'), bounds),
      theme: parseTheme(this.getAttribute('theme')),
      lang: parseLanguage(this.getAttribute('lang')),
    }));
    if (connection !== this.#connection || !this.isConnected || this.#view) return;
    this.#app = app;
    // The page may have changed an attribute while the language loaded: the change still counts.
    AlibabaCloudMap.observedAttributes.forEach((name, i) => {
      const value = this.getAttribute(name);
      if (value !== asRead[i]) this.attributeChangedCallback(name, asRead[i] ?? null, value);
    });
    this.#view = mount(EmbedView, {
      target,
      props: {
        app,
        siteRoot: SITE_ROOT,
        onstate: (state: string) => this.setAttribute('data-map-state', state),
      },
    });
    this.#stopReflecting = $effect.root(() => {
      $effect(() => {
        this.#reflect('year', String(app.year));
        this.#reflect('region', app.selectedId ?? null);
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
      const region = parseRegion(value, bounds);
      if (region === undefined) app.close();
      else app.open(region);
    } else if (name === 'theme') {
      app.theme = parseTheme(value) ?? defaultTheme(true);
    } else if (name === 'lang') {
      void app.setLanguage(parseLanguage(value) ?? DEFAULT_LANGUAGE);
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
