/**
 * The year slider's behaviour, free of any framework so it can be tested with a fake clock. The
 * controller holds no year of its own: it reads and writes the state it serves (its manager), so
 * there is one owner of the year and of playback, and no callback copies values back.
 */

export type Delay = (ms: number) => Promise<void>;

const realDelay: Delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Time per year during playback. */
const PLAYBACK_STEP_MS = 800;

/**
 * Readers who ask for reduced motion get a calmer pace: each year holds twice as long, so the map
 * changes less often.
 */
export function playbackStepMs(reducedMotion: boolean): number {
  return reducedMotion ? PLAYBACK_STEP_MS * 2 : PLAYBACK_STEP_MS;
}

/**
 * What made the state change, which decides whether the change becomes a history entry: a
 * reader's deliberate act adds one; `continued`, the rest of the same act (a drag, a run of key
 * presses), playback, the first load and back/forward only replace it.
 */
export type ChangeCause = 'load' | 'reader' | 'continued' | 'playback' | 'history';

/** The state a timeline serves. */
export interface TimelineManager {
  readonly first: number;
  readonly last: number;
  year: number;
  playing: boolean;
  cause: ChangeCause;
}

export interface TimelineOptions {
  /** Time per year during playback. */
  msPerStep?: number;
  /** Years per PageUp/PageDown. */
  pageStep?: number;
  /** Injected so tests can play without waiting. */
  delay?: Delay;
}

/** Keys a slider handles; the caller prevents their default so the page does not scroll. */
const SLIDER_KEYS = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
] as const;

export type SliderKey = (typeof SLIDER_KEYS)[number];

export function isSliderKey(key: string): key is SliderKey {
  return (SLIDER_KEYS as readonly string[]).includes(key);
}

export class TimelineController {
  readonly #manager: TimelineManager;
  readonly #msPerStep: number;
  readonly #pageStep: number;
  readonly #delay: Delay;
  /** Bumped by every start and pause, so a superseded playback loop knows to stop. */
  #run = 0;

  constructor(manager: TimelineManager, options: TimelineOptions = {}) {
    this.#manager = manager;
    this.#msPerStep = options.msPerStep ?? PLAYBACK_STEP_MS;
    this.#pageStep = options.pageStep ?? 5;
    this.#delay = options.delay ?? realDelay;
  }

  clamp(year: number): number {
    const { first, last } = this.#manager;
    return Math.min(last, Math.max(first, Math.round(year)));
  }

  /** A deliberate choice of year (drag, key, deep link, history): it stops playback. */
  setYear(year: number, cause: ChangeCause = 'reader'): void {
    this.pause();
    this.#set(year, cause);
  }

  /** Handles a slider key; returns false for keys that are not the slider's. */
  handleKey(key: string, cause: ChangeCause = 'reader'): boolean {
    if (!isSliderKey(key)) return false;
    const { year, first, last } = this.#manager;
    const targets: Record<SliderKey, number> = {
      ArrowLeft: year - 1,
      ArrowDown: year - 1,
      ArrowRight: year + 1,
      ArrowUp: year + 1,
      PageDown: year - this.#pageStep,
      PageUp: year + this.#pageStep,
      Home: first,
      End: last,
    };
    this.setYear(targets[key], cause);
    return true;
  }

  /**
   * Plays to the last year, one year per tick; from the last year it starts over at the first.
   * Resolves with the number of years advanced, when playback ends or is paused.
   */
  async play(): Promise<number> {
    const manager = this.#manager;
    if (manager.playing) return 0;
    const run = ++this.#run;
    manager.playing = true;
    let ticks = 0;
    if (manager.year >= manager.last) {
      this.#set(manager.first, 'playback');
      ticks++;
    }
    while (manager.year < manager.last) {
      await this.#delay(this.#msPerStep);
      if (run !== this.#run || !manager.playing) return ticks;
      this.#set(manager.year + 1, 'playback');
      ticks++;
    }
    if (run === this.#run) manager.playing = false;
    return ticks;
  }

  pause(): void {
    this.#run++;
    this.#manager.playing = false;
  }

  toggle(): void {
    if (this.#manager.playing) this.pause();
    else void this.play();
  }

  #set(year: number, cause: ChangeCause): void {
    const next = this.clamp(year);
    if (next === this.#manager.year) return;
    this.#manager.cause = cause;
    this.#manager.year = next;
  }
}
