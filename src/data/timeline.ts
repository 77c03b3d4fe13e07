/**
 * The year slider's behaviour, free of any framework so it can be tested with a fake clock:
 * stepping and keys follow the WAI-ARIA slider pattern; `play()` advances one year per tick.
 */

export type Delay = (ms: number) => Promise<void>;

export const realDelay: Delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Time per year during playback. Readers who ask for reduced motion get a calmer pace: each year
 * holds twice as long, so the map changes less often.
 */
export function playbackStepMs(reducedMotion: boolean): number {
  return reducedMotion ? 1600 : 800;
}

export interface TimelineOptions {
  first: number;
  last: number;
  /** Starting year; clamped into the range. Defaults to `last`. */
  year?: number;
  /** Time per year during playback. */
  msPerStep?: number;
  /** Years per PageUp/PageDown. */
  pageStep?: number;
  /** Injected so tests can play without waiting. */
  delay?: Delay;
  /** Called on every change of year, with whether playback made it. */
  onYear?: (year: number, byPlayback: boolean) => void;
  onPlaying?: (playing: boolean) => void;
}

/** Keys a slider handles; the caller prevents their default so the page does not scroll. */
export const SLIDER_KEYS = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
] as const;

export class TimelineController {
  readonly first: number;
  readonly last: number;
  #year: number;
  #playing = false;
  #run = 0;
  readonly #msPerStep: number;
  readonly #pageStep: number;
  readonly #delay: Delay;
  readonly #onYear: (year: number, byPlayback: boolean) => void;
  readonly #onPlaying: (playing: boolean) => void;

  constructor(options: TimelineOptions) {
    this.first = Math.min(options.first, options.last);
    this.last = Math.max(options.first, options.last);
    this.#year = this.clamp(options.year ?? this.last);
    this.#msPerStep = options.msPerStep ?? 800;
    this.#pageStep = options.pageStep ?? 5;
    this.#delay = options.delay ?? realDelay;
    this.#onYear = options.onYear ?? (() => {});
    this.#onPlaying = options.onPlaying ?? (() => {});
  }

  get year(): number {
    return this.#year;
  }

  get playing(): boolean {
    return this.#playing;
  }

  clamp(year: number): number {
    return Math.min(this.last, Math.max(this.first, Math.round(year)));
  }

  /** A deliberate choice of year (drag, key, deep link): it stops playback. */
  setYear(year: number): void {
    this.pause();
    this.#set(year, false);
  }

  /** Handles a slider key; returns false for keys that are not the slider's. */
  handleKey(key: string): boolean {
    const targets: Record<string, number> = {
      ArrowLeft: this.#year - 1,
      ArrowDown: this.#year - 1,
      ArrowRight: this.#year + 1,
      ArrowUp: this.#year + 1,
      PageDown: this.#year - this.#pageStep,
      PageUp: this.#year + this.#pageStep,
      Home: this.first,
      End: this.last,
    };
    if (!Object.hasOwn(targets, key)) return false;
    this.setYear(targets[key]!);
    return true;
  }

  /**
   * Plays to the last year, one year per tick; from the last year it starts over at the first.
   * Resolves with the number of years advanced, when playback ends or is paused.
   */
  async play(): Promise<number> {
    if (this.#playing) return 0;
    const run = ++this.#run;
    this.#setPlaying(true);
    let ticks = 0;
    if (this.#year >= this.last) {
      this.#set(this.first, true);
      ticks++;
    }
    while (this.#year < this.last) {
      await this.#delay(this.#msPerStep);
      if (run !== this.#run || !this.#playing) return ticks;
      this.#set(this.#year + 1, true);
      ticks++;
    }
    if (run === this.#run) this.#setPlaying(false);
    return ticks;
  }

  pause(): void {
    if (!this.#playing) return;
    this.#run++;
    this.#setPlaying(false);
  }

  toggle(): void {
    if (this.#playing) this.pause();
    else void this.play();
  }

  #set(year: number, byPlayback: boolean): void {
    const next = this.clamp(year);
    if (next === this.#year) return;
    this.#year = next;
    this.#onYear(next, byPlayback);
  }

  #setPlaying(playing: boolean): void {
    this.#playing = playing;
    this.#onPlaying(playing);
  }
}
