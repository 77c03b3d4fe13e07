import { MediaQuery } from 'svelte/reactivity';
import { defaultTheme, parseViewState, peerOf, type Theme, type ViewState } from '../data/input.ts';
import {
  playbackStepMs,
  TimelineController,
  type ChangeCause,
  type Delay,
  type TimelineManager,
} from '../data/timeline.ts';
import { yearOf } from '../data/dates.ts';
import { siteYears } from '../data/dataset.ts';
import { growthSeries, type GrowthYear } from '../data/growth.ts';
import type { Milestone } from '../data/milestones.ts';
import type { PublishedTotal } from '../data/published-totals.ts';
import type { Locale } from '../data/locale.ts';
import { PEER_PROVIDERS, type PeerProvider, type Region } from '../data/types.ts';
import type { SceneLayer } from '../map/scene.ts';
import { viewHref } from '../data/view-url.ts';
import { createYearViews, type PinView, type YearView } from '../data/year-view.ts';
import { PALETTES, type ColorScheme, type Palette } from '../map/palette.ts';

export interface AppStateOptions {
  regions: readonly Region[];
  /** Company milestones: the earliest of them can start the timeline. */
  milestones?: readonly Milestone[];
  /** Alibaba's own totals over time, drawn beside the dataset's counts. */
  publishedTotals?: readonly PublishedTotal[];
  now: Date;
  initial: ViewState;
  /** The reader's language, loaded (see `loadLocale`). */
  locale: Locale;
  /** Loads another language when the reader switches; absent where there is no switch. */
  loadLocale?: (lang: string) => Promise<Locale>;
  /** Every language the map speaks, so the URL can name one (see `languages.ts`). */
  languages?: readonly string[];
  /** The data's version, the day of its newest change: what every view says it shows. */
  version?: string;
  /** An archived view: it keeps this version's data for good, whatever the live map shows now. */
  archived?: boolean;
  /**
   * Loads another provider's regions when its layer is first turned on (`providers/index.ts`; an
   * archived view's own version). Absent where the map compares with no one.
   */
  loadPeer?: (provider: PeerProvider) => Promise<readonly Region[]>;
  /** The providers `loadPeer` has: all of them, or those an archived version held. */
  // The build names them too, with no loader: its HTML shows the switches the script will run.
  comparable?: readonly PeerProvider[];
  /** Injected so tests can play without waiting. */
  delay?: Delay;
  /** The reader asked for reduced motion: playback goes at a calmer pace. */
  reducedMotion?: boolean;
}

/**
 * The one owner of what the page shows: the year, playback, the chosen region, whether its story is
 * open, and the theme.
 * Everything else is derived from these (the year's view, the query string), and every change goes
 * through a method here, which records what caused it.
 */
export class AppState implements TimelineManager {
  readonly regions: readonly Region[];
  readonly milestones: readonly Milestone[];
  readonly publishedTotals: readonly PublishedTotal[];
  readonly first: number;
  readonly last: number;
  readonly embed: boolean;
  readonly timeline: TimelineController;
  /** The data's version, `YYYY-MM-DD`; '' where none was given (a test's own data). */
  readonly version: string;
  readonly archived: boolean;

  year = $state(0);
  playing = $state(false);
  /**
   * The chosen region: its pin is marked and named on the map, and a line under the map says its
   * status. An address, a snippet, a story step or an attribute chooses one; so does a reader.
   */
  selectedId = $state<string | undefined>();
  /**
   * The chosen region's story is open. Only a reader opens it (a pin, the line under the map, the
   * list), so nothing an article shows first covers the map.
   */
  storyOpen = $state(false);
  /** The theme asked for: by the URL, the custom element's attribute, or `auto`. */
  theme: Theme = $state('auto');
  /** What made the last change; decides whether the URL adds a history entry. */
  cause: ChangeCause = $state('load');
  /** The language the map speaks, with its formats. */
  locale: Locale;
  /** The language was asked for (by the URL or the switch), so the address keeps it. */
  langAsked = $state(false);

  readonly #loadLocale: ((lang: string) => Promise<Locale>) | undefined;
  readonly #languages: readonly string[];
  /** The language the map started in: where Back returns to an address that names none. */
  readonly #startLang: string;
  /** The language asked for last: a slower load asked for earlier must not win over it. */
  #wantedLang: string;
  /** Every year's view in each language read so far, each computed once. */
  // Plain caches: what they hold never changes, so nothing needs to react to them.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #views = new Map<Locale, (year: number) => YearView>();
  readonly #prefersDark = new MediaQuery('(prefers-color-scheme: dark)', false);

  /** The chosen year, computed once and read by every renderer, the list and the summary. */
  readonly view: YearView = $derived.by(() => this.#viewsIn(this.locale)(this.year));
  /** The chosen region at the chosen year. */
  readonly selected: PinView | undefined = $derived.by(() =>
    this.selectedId === undefined ? undefined : this.pinOf(this.selectedId),
  );
  /** The region whose story is open, at the chosen year. */
  readonly story: PinView | undefined = $derived(this.storyOpen ? this.selected : undefined);

  constructor(options: AppStateOptions) {
    this.regions = options.regions;
    this.milestones = options.milestones ?? [];
    this.publishedTotals = options.publishedTotals ?? [];
    ({ first: this.first, last: this.last } = siteYears(this, options.now));
    this.locale = $state.raw(options.locale);
    this.langAsked = options.initial.lang !== undefined;
    this.#startLang = options.locale.lang;
    this.#wantedLang = options.locale.lang;
    this.#loadLocale = options.loadLocale;
    this.#languages = options.languages ?? [options.locale.lang];
    this.embed = options.initial.embed ?? false;
    this.version = options.version ?? '';
    this.archived = options.archived ?? false;
    this.theme = options.initial.theme ?? defaultTheme(this.embed);
    this.timeline = new TimelineController(this, {
      delay: options.delay,
      msPerStep: playbackStepMs(options.reducedMotion ?? false),
    });
    this.year = this.timeline.clamp(options.initial.year ?? this.last);
    this.selectedId = options.initial.region;
    this.#loadPeer = options.loadPeer;
    this.comparable = options.comparable ?? (options.loadPeer ? PEER_PROVIDERS : []);
    this.#compareWith(options.initial.compare ?? [], 'load');
  }

  #viewsIn(locale: Locale): (year: number) => YearView {
    let views = this.#views.get(locale);
    if (!views) {
      views = createYearViews(this.regions, locale);
      this.#views.set(locale, views);
    }
    return views;
  }

  /**
   * The language switch: the map speaks `lang` once its messages are loaded, unless another
   * language was asked for meanwhile. `asked` keeps the language in the address.
   */
  async setLanguage(lang: string, cause: ChangeCause = 'reader', asked = true): Promise<void> {
    if (!this.#loadLocale) return;
    this.#wantedLang = lang;
    let locale = this.locale;
    if (lang !== this.locale.lang) {
      this.languagesLoading++;
      try {
        locale = await this.#loadLocale(lang);
      } finally {
        this.languagesLoading--;
      }
    }
    if (this.#wantedLang !== lang || (locale === this.locale && asked === this.langAsked)) return;
    this.cause = cause;
    this.langAsked = asked;
    this.locale = locale;
  }

  /** Languages whose messages are on their way: the switch says it is busy until none is. */
  languagesLoading = $state(0);

  /**
   * The providers shown beside Alibaba, in `PEER_PROVIDERS` order: none until a reader (or the
   * address) asks. A layer draws once its dataset has loaded.
   */
  compare: readonly PeerProvider[] = $state.raw([]);
  /** Each compared provider's regions, as they load: a reader who never compares loads none. */
  peers: Partial<Record<PeerProvider, readonly Region[]>> = $state.raw({});
  /** Providers whose regions could not be loaded: their switch says so and can be tried again. */
  peerErrors: readonly PeerProvider[] = $state.raw([]);
  readonly #loadPeer: ((provider: PeerProvider) => Promise<readonly Region[]>) | undefined;
  /** The providers a reader can turn on here: by default, all where something loads them. */
  readonly comparable: readonly PeerProvider[];
  /** Providers whose regions are on their way. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #peerPending = new Set<PeerProvider>();
  /** Each provider's year views in each language read so far, as `#views` keeps Alibaba's. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #peerViews = new Map<PeerProvider, Map<Locale, (year: number) => YearView>>();

  /** The compared providers whose regions are here, each at the chosen year. */
  readonly peerViews: readonly { provider: PeerProvider; view: YearView }[] = $derived.by(() =>
    this.compare.flatMap((provider) => {
      const regions = this.peers[provider];
      if (!regions) return [];
      let byLocale = this.#peerViews.get(provider);
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      if (!byLocale) this.#peerViews.set(provider, (byLocale = new Map()));
      let views = byLocale.get(this.locale);
      if (!views) byLocale.set(this.locale, (views = createYearViews(regions, this.locale)));
      return [{ provider, view: views(this.year) }];
    }),
  );

  /**
   * The regions of every dataset shown, whatever the year: what the map's first view fits. Read from
   * the layers chosen, not from the year's layers, so a year step leaves it (and the camera) alone.
   */
  readonly shownRegions: readonly (readonly Region[])[] = $derived.by(() => [
    ...this.compare.flatMap((provider) => {
      const regions = this.peers[provider];
      return regions ? [regions] : [];
    }),
    this.regions,
  ]);

  /**
   * The datasets on the map, bottom first: the compared providers', then Alibaba's on top, the
   * map's subject, never hidden under another's pin.
   */
  readonly layers: readonly SceneLayer[] = $derived.by(() => [
    ...this.peerViews.map(({ provider, view }) => ({
      id: provider,
      regions: this.peers[provider]!,
      pins: view.pins,
      visible: view.visible,
    })),
    { id: 'alibaba', regions: this.regions, pins: this.view.pins, visible: this.view.visible },
  ]);

  /** Turns a provider's layer on or off, loading its regions the first time. */
  setCompared(provider: PeerProvider, on: boolean, cause: ChangeCause = 'reader'): void {
    const next = PEER_PROVIDERS.filter((p) => (p === provider ? on : this.compare.includes(p)));
    this.#compareWith(next, cause);
  }

  /** Shows exactly these providers' layers (what an address or an attribute asks for). */
  setCompare(providers: readonly PeerProvider[], cause: ChangeCause = 'reader'): void {
    this.#compareWith(providers, cause);
  }

  #compareWith(asked: readonly PeerProvider[], cause: ChangeCause): void {
    const providers = asked.filter((provider) => this.comparable.includes(provider));
    const before = this.compare;
    const same = providers.length === before.length && providers.every((p, i) => before[i] === p);
    if (!same) {
      this.cause = cause;
      this.compare = providers;
      // A region of a layer turned off is no longer on the map to be chosen.
      const owner = this.selectedId === undefined ? undefined : peerOf(this.selectedId);
      if (owner && !providers.includes(owner)) {
        this.selectedId = undefined;
        this.storyOpen = false;
      }
    }
    // Only a layer just turned on loads (or tries again): switching another one leaves it be.
    for (const provider of providers) {
      if (!before.includes(provider)) this.#loads.push(this.#load(provider));
    }
  }

  /** Every load of a layer asked for so far: none rejects. */
  readonly #loads: Promise<void>[] = [];

  /** Settles once every layer on its way has arrived or failed to. */
  layersSettled(): Promise<unknown> {
    return Promise.all(this.#loads);
  }

  async #load(provider: PeerProvider): Promise<void> {
    if (!this.#loadPeer || this.peers[provider] || this.#peerPending.has(provider)) return;
    this.#peerPending.add(provider);
    this.peerErrors = this.peerErrors.filter((p) => p !== provider);
    try {
      const regions = await this.#loadPeer(provider);
      this.peers = { ...this.peers, [provider]: regions };
    } catch {
      this.peerErrors = [...this.peerErrors, provider];
    } finally {
      this.#peerPending.delete(provider);
    }
  }
  /** A region's year view, whoever's it is: Alibaba's, or a compared provider's once loaded. */
  pinOf(id: string): PinView | undefined {
    const owner = peerOf(id);
    if (owner === undefined) return this.view.pin(id);
    return this.peerViews.find((layer) => layer.provider === owner)?.view.pin(id);
  }

  #growth: GrowthYear[] | undefined;

  /** Every year's counts, for the growth chart: computed when first asked for. */
  get growth(): readonly GrowthYear[] {
    this.#growth ??= growthSeries(this.regions, this.first, this.last);
    return this.#growth;
  }

  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #peerGrowth = new Map<PeerProvider, GrowthYear[]>();

  /** Each compared provider's regions per year, over the slider's years: computed once each. */
  readonly peerGrowth: readonly { provider: PeerProvider; growth: readonly GrowthYear[] }[] =
    $derived.by(() =>
      this.compare.flatMap((provider) => {
        const regions = this.peers[provider];
        if (!regions) return [];
        let growth = this.#peerGrowth.get(provider);
        if (!growth) {
          growth = growthSeries(regions, this.first, this.last);
          this.#peerGrowth.set(provider, growth);
        }
        return [{ provider, growth }];
      }),
    );

  /** The company's milestones in the chosen year. */
  get yearMilestones(): Milestone[] {
    return this.milestones.filter((milestone) => yearOf(milestone.date) === this.year);
  }

  /** The scheme in force: a forced theme wins, otherwise the reader's system setting, live. */
  get scheme(): ColorScheme {
    if (this.theme !== 'auto') return this.theme;
    return this.#prefersDark.current ? 'dark' : 'light';
  }

  get palette(): Palette {
    return PALETTES[this.scheme];
  }

  get bounds() {
    return {
      first: this.first,
      last: this.last,
      regionIds: this.regions.map((region) => region.id),
      languages: this.#languages,
    };
  }

  /** A reader's choice of year; `continuing` when it carries on the same drag or run of keys. */
  setYear(year: number, continuing = false): void {
    this.timeline.setYear(year, continuing ? 'continued' : 'reader');
  }

  /** A slider key; false when the key is not the slider's. */
  handleKey(key: string, continuing = false): boolean {
    return this.timeline.handleKey(key, continuing ? 'continued' : 'reader');
  }

  togglePlay(): void {
    this.timeline.toggle();
  }

  /** A reader opens a region's story: the region is chosen too. */
  open(id: string): void {
    if (id === this.selectedId && this.storyOpen) return;
    this.cause = 'reader';
    this.selectedId = id;
    this.storyOpen = true;
  }

  /** Closes the story; the region stays chosen, as it was before the reader opened it. */
  close(): void {
    if (!this.storyOpen) return;
    this.cause = 'reader';
    this.storyOpen = false;
  }

  /**
   * Chooses a region, or none, with its story closed: what an attribute, a story step or the
   * line's clear button asks for.
   */
  choose(id: string | undefined): void {
    if (id === this.selectedId && !this.storyOpen) return;
    this.cause = 'reader';
    this.selectedId = id;
    this.storyOpen = false;
  }

  /** The address of the current view, relative to the site's root: `view/2026/paris/`. */
  get href(): string {
    return this.hrefIn(this.langAsked ? this.locale.lang : undefined);
  }

  /** The current view's address in a language: `view/2026/paris/?lang=zh-CN`. */
  hrefIn(lang: string | undefined, region = this.selectedId): string {
    return viewHref({
      embed: this.embed || undefined,
      year: this.year,
      region,
      theme: this.theme,
      lang,
      compare: this.compare,
    });
  }

  /** The address of this view with another region chosen: `view/2026/paris/`. */
  hrefOf(region: string): string {
    return this.hrefIn(this.langAsked ? this.locale.lang : undefined, region);
  }

  /** Back/forward: take year and region from the URL's view (see `readLocation`) without adding history. */
  restore(search: string): void {
    const state = parseViewState(search, this.bounds);
    this.timeline.setYear(state.year ?? this.last, 'history');
    this.cause = 'history';
    // A story stays open only for the region it is about: Back across years keeps reading it.
    this.storyOpen &&= state.region === this.selectedId;
    this.selectedId = state.region;
    this.#compareWith(state.compare ?? [], 'history');
    void this.setLanguage(state.lang ?? this.#startLang, 'history', state.lang !== undefined);
  }
}
