/**
 * When the HTML's own map is on screen. The app's scripts, fetched and compiled beside the HTML's
 * first paint, held that paint back: on two cores the page's first map came about 70 ms later with
 * them than without (bench, 6 December 2026). They wait for it instead (`main.ts`), and so do the
 * chunks `boot.js` preloads for them (the reader's words, the layers' regions: a preloaded module
 * is compiled as it comes); the HTML's pins are links meanwhile, so they answer from the first
 * paint all the same.
 */

/**
 * A page whose paint never comes (no contentful paint, a browser that reports none) must start
 * anyway: past this, the app starts as it did before it waited. About seven times the first map
 * the bench measures on its slow machine (0.44 s).
 */
export const FIRST_PAINT_WAIT_MS = 3000;

/** What `firstPaint` reads of the window: passed in, so a test can play the browser. */
export interface PaintClock {
  readonly PerformanceObserver: new (
    callback: PerformanceObserverCallback,
  ) => Pick<PerformanceObserver, 'observe' | 'disconnect'>;
  setTimeout(callback: () => void, ms: number): unknown;
}

/**
 * Resolves once the browser has shown the page's first contentful paint (at once when it already
 * has: the observer is told of past paints too), after `FIRST_PAINT_WAIT_MS` at the latest: a
 * background tab paints nothing until it is shown. Every browser the build targets (ES2022)
 * reports paints; one that does not ignores the observer and waits it out.
 */
export function firstPaint(clock: PaintClock): Promise<void> {
  return new Promise((resolve) => {
    clock.setTimeout(resolve, FIRST_PAINT_WAIT_MS);
    const observer = new clock.PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}
