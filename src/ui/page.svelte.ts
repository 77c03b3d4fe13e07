import { createContext, tick } from 'svelte';
import type { WorldTopology } from '../map/basemap.ts';
import type { SceneState } from '../map/scene.svelte.ts';
import { isVersion, versionEnd } from '../data/dataset.ts';
import { isSeedSource, type Source } from '../data/types.ts';
import { viewHref } from '../data/view-url.ts';
import { PANEL_ID } from './ids.ts';
import type { AppState } from './app-state.svelte.ts';
import { downloadFigure, type FigureFormat } from './download-figure.ts';

/** What the page needs of the map to draw a picture of it. */
export interface MapHandle {
  /** What the map shows now. */
  readonly scene: SceneState;
  /** The country shapes, fetched when first asked for. */
  world(): Promise<WorldTopology>;
}

/**
 * A frame that may not open windows or start downloads (WordPress's oEmbed iframe is
 * `sandbox="allow-scripts"`): links that would leave lead to the full map instead, through the host
 * page where it can take them.
 */
export interface Sandbox {
  /** Sends the host page's window to an address on the map's own site, where the host allows it. */
  follow?: (url: string) => void;
}

/**
 * The page's wiring, written once for the full page, the embed view and the custom element:
 * opening and closing a region the way a dialog should (focus returns to what opened it), Esc,
 * the PNG download and the addresses of the data files. Shared with every component through
 * context, so none of it is passed through components that do not use it.
 */
export class PageController {
  readonly app: AppState;
  /**
   * The site's root URL, ending in a slash: the full map, the data files and the seeds. An archived
   * view's is its version's folder (`…/v/2026-12-04/`), where all of them are as they were.
   */
  readonly siteRoot: string;
  /** The live map's root: where an archived view finds the newest data. */
  readonly liveRoot: string;
  /** The element the map lives in, which may be inside a shadow root. */
  root: HTMLElement | undefined = $state();
  map: MapHandle | undefined;
  /** Set in a sandboxed frame, where new windows and downloads are blocked. */
  readonly sandbox: Sandbox | undefined;
  /** The picture being made, while it is: its control says so and does not start a second. */
  savingFigure = $state<FigureFormat | undefined>();
  #opener: HTMLElement | null = null;

  constructor(app: AppState, siteRoot: string, sandbox?: Sandbox, liveRoot = siteRoot) {
    this.app = app;
    this.siteRoot = siteRoot;
    this.sandbox = sandbox;
    this.liveRoot = liveRoot;
  }

  /** An address on the live map's site (the change feed, for one): the same as `link` but in an archive. */
  liveLink(path: string): string {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return new URL(path, this.liveRoot).href;
  }

  /** This view on the live map: the same year and region, with the newest data. */
  get liveView(): string {
    const { app } = this;
    const lang = app.langAsked ? app.locale.lang : undefined;
    // A string is made and the URL dropped at once: nothing here needs to react to it.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return new URL(viewHref({ year: app.year, region: app.selectedId, lang }), this.liveRoot).href;
  }

  /** The live map's version, as `data/version.json` says; undefined where it cannot be read. */
  async liveVersion(): Promise<string | undefined> {
    try {
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      const response = await fetch(new URL('data/version.json', this.liveRoot));
      const { version } = (await response.json()) as { version?: unknown };
      return isVersion(version) ? version : undefined;
    } catch {
      return undefined;
    }
  }

  /** The full map at this year and region. */
  get fullPage(): string {
    const { app } = this;
    const lang = app.langAsked ? app.locale.lang : undefined;
    return this.link(viewHref({ year: app.year, region: app.selectedId, lang }));
  }

  /**
   * A click on a link that leaves the map: in a sandbox that the host page helps out of, the host
   * goes to the full map instead (the one place the sandbox lets a link lead).
   */
  leave = (event: MouseEvent, to = this.fullPage): void => {
    const follow = this.sandbox?.follow;
    if (!follow) return;
    event.preventDefault();
    follow(to);
  };

  /** An address on the map's own site, e.g. `data/regions.csv`. */
  link(path: string): string {
    // A string is made and the URL dropped at once: nothing here needs to react to it.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return new URL(path, this.siteRoot).href;
  }

  /**
   * Where a source opens: the page it names, or the seed document on this site; in a sandbox,
   * which cannot open either, the full map.
   */
  sourceHref(source: Source): string {
    if (this.sandbox) return this.fullPage;
    return isSeedSource(source) ? this.link(`seeds/${source.seed}`) : source.url;
  }

  open = (id: string): void => {
    const active = (this.root?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
    this.#opener = active instanceof HTMLElement ? active : null;
    this.app.open(id);
  };

  /** Closes the open story and returns focus to what opened it, or to the region's pin. */
  close = async (): Promise<void> => {
    const id = this.app.selectedId;
    this.app.close();
    await tick();
    const escaped = CSS.escape(id ?? '');
    // The region's own pin, or the control of the cluster it stands in.
    const pin = this.root?.querySelector<HTMLElement>(
      `[data-pin-id="${escaped}"], [data-cluster~="${escaped}"]`,
    );
    const target = this.#opener?.isConnected === true ? this.#opener : pin;
    // Focus returns without scrolling: the reader's view of the page stays where it was.
    target?.focus({ preventScroll: true });
    this.#opener = null;
  };

  /** Esc closes the open story, unless a modal dialog has its own Esc to handle. */
  onkeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.app.storyOpen) return;
    if (event.target instanceof Element && event.target.closest('dialog')) return;
    event.preventDefault();
    void this.close();
  };

  /** Downloads a picture of the current view. */
  saveFigure = async (format: FigureFormat): Promise<void> => {
    const map = this.map;
    if (!map || this.savingFigure) return;
    this.savingFigure = format;
    // The view of this moment, read whole: the picture is drawn after its shapes and code load.
    const view = {
      scene: map.scene.snapshot(),
      year: this.app.year,
      counts: this.app.view.counts,
      // Read once for the picture's wording; nothing reacts to it.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      now: this.app.archived ? versionEnd(this.app.version) : new Date(),
      locale: this.app.locale,
      version: this.app.version,
      archived: this.app.archived,
    };
    try {
      await downloadFigure(format, { ...view, world: await map.world() });
    } finally {
      this.savingFigure = undefined;
    }
  };
}

const [getPage, setPage] = createContext<PageController>();

export { getPage };

/** Makes the page's controller and shares it with every component below the caller. */
export function providePage(
  app: AppState,
  siteRoot: string,
  sandbox?: Sandbox,
  liveRoot?: string,
): PageController {
  return setPage(new PageController(app, siteRoot, sandbox, liveRoot));
}

/**
 * On a page that is only the map (the full page, the iframe), the document behind it takes the
 * scheme's background, so overscroll and the space under a short page match the map.
 */
export function themeDocument(app: AppState): void {
  $effect(() => {
    const root = document.documentElement.style;
    root.colorScheme = app.scheme;
    root.background = app.palette.background;
  });
}

/**
 * On a page that is only the map, the document speaks the map's language: `<html lang>` always (so
 * screen readers pick the voice), and a title in that language when it is not the HTML's own.
 */
export function speakDocument(app: AppState): void {
  // What the HTML says, read on the first run: effects never run on the server.
  let html: { lang: string; title: string } | undefined;
  $effect(() => {
    const { lang, m } = app.locale;
    html ??= { lang: document.documentElement.lang, title: document.title };
    const { lang: htmlLang, title: htmlTitle } = html;
    document.documentElement.lang = lang;
    if (lang === htmlLang) {
      document.title = htmlTitle;
      return;
    }
    const year = m.titleOfYear(m.year(app.year));
    document.title = app.selected ? m.titleOfView(year, app.selected.name) : year;
  });
}

/** The attributes that tie a control to the region panel it opens. */
export function panelControl(id: string, storyId: string | undefined) {
  const open = id === storyId;
  return { 'aria-expanded': open, 'aria-controls': open ? PANEL_ID : undefined };
}
