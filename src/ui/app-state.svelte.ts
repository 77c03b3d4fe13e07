import { statusAt, yearRange, type RegionStatus, type YearRange } from '../data/status';
import { playbackStepMs, TimelineController, type Delay } from '../data/timeline';
import type { Region } from '../data/types';
import { parseViewState, serializeViewState, type ViewState } from '../data/input';
import { createPinCache, type PinView } from '../data/view-model';
import { ColorSchemeState } from './color-scheme.svelte';

export interface AppStateOptions {
  regions: readonly Region[];
  now: Date;
  initial: ViewState;
  delay?: Delay;
  /** The reader asked for reduced motion: playback goes at a calmer pace. */
  reducedMotion?: boolean;
}

/**
 * The state every part of the page shares: the year, the open region and playback. Components read
 * its fields; changes go through its methods so the URL and the timeline stay in step.
 */
export class AppState {
  readonly regions: readonly Region[];
  readonly range: YearRange;
  readonly timeline: TimelineController;
  readonly embed: boolean;
  /** The forced theme, or `auto`, and the scheme in force. */
  readonly colors: ColorSchemeState;
  year = $state(0);
  selectedId = $state<string | undefined>();
  playing = $state(false);
  /** The next URL update replaces the history entry: playback frames and back/forward add none. */
  #replaceNext = true;
  readonly #pinsFor: (year: number) => PinView[];

  pins: PinView[] = $derived(this.#pinsForYear());
  selected: Region | undefined = $derived(this.#findSelected());
  // Built anew for each year and never mutated, so a plain Map; SvelteMap would track for nothing.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #statusById = $derived(new Map(this.pins.map((pin) => [pin.id, pin.status])));

  constructor(options: AppStateOptions) {
    this.regions = options.regions;
    this.range = yearRange(options.regions, options.now);
    this.#pinsFor = createPinCache(options.regions);
    this.embed = options.initial.embed ?? false;
    this.colors = new ColorSchemeState(options.initial.theme ?? 'auto');
    this.timeline = new TimelineController({
      first: this.range.first,
      last: this.range.last,
      year: options.initial.year,
      delay: options.delay,
      msPerStep: playbackStepMs(
        options.reducedMotion ?? matchMedia('(prefers-reduced-motion: reduce)').matches,
      ),
      onYear: (year, byPlayback) => {
        if (byPlayback) this.#replaceNext = true;
        this.year = year;
      },
      onPlaying: (playing) => (this.playing = playing),
    });
    this.year = this.timeline.year;
    this.selectedId = options.initial.region;
  }

  #findSelected(): Region | undefined {
    return this.regions.find((region) => region.id === this.selectedId);
  }

  #pinsForYear(): PinView[] {
    return this.#pinsFor(this.year);
  }

  get bounds() {
    return { ...this.range, regionIds: this.regions.map((region) => region.id) };
  }

  /** Status at the chosen year, read from that year's cached pins rather than worked out again. */
  statusOf(region: Region): RegionStatus {
    return this.#statusById.get(region.id) ?? statusAt(region, this.year);
  }

  setYear(year: number): void {
    this.timeline.setYear(year);
  }

  select(id: string | undefined): void {
    this.selectedId = id;
  }

  /** The query string for the current state. */
  get search(): string {
    return serializeViewState({
      embed: this.embed || undefined,
      year: this.year,
      region: this.selectedId,
      theme: this.colors.theme === 'auto' ? undefined : this.colors.theme,
    });
  }

  /** Whether the next URL update should replace the entry (playback) rather than add one. */
  takeReplaceHint(): boolean {
    const replace = this.#replaceNext;
    this.#replaceNext = false;
    return replace;
  }

  /** Back/forward: take year and region from the URL without adding history. */
  applySearch(search: string): void {
    const state = parseViewState(search, this.bounds);
    this.#replaceNext = true;
    this.timeline.setYear(state.year ?? this.range.last);
    this.selectedId = state.region;
  }
}
