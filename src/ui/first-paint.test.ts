import { describe, expect, it } from 'vitest';
import { firstPaint, type PaintClock } from './first-paint.ts';

/**
 * A browser played by hand: its paints and timer fire when the test says; an observer asking for
 * buffered entries is told of the paints before it, as a browser's is.
 */
function browser({ painted = false }: { painted?: boolean } = {}) {
  const paints: string[] = painted ? ['first-contentful-paint'] : [];
  const timers: (() => void)[] = [];
  const observers: PerformanceObserverCallback[] = [];
  const entries = (names: string[]) =>
    ({
      getEntriesByName: (name: string) => names.filter((n) => n === name).map((n) => ({ name: n })),
    }) as unknown as PerformanceObserverEntryList;
  class Observer {
    constructor(private readonly callback: PerformanceObserverCallback) {}
    observe({ buffered }: PerformanceObserverInit) {
      observers.push(this.callback);
      if (buffered && paints.length) this.callback(entries(paints), {} as PerformanceObserver);
    }
    disconnect() {
      observers.splice(observers.indexOf(this.callback), 1);
    }
  }
  const clock: PaintClock = {
    PerformanceObserver: Observer,
    setTimeout: (callback: () => void) => timers.push(callback),
  };
  return {
    clock,
    paint(name = 'first-contentful-paint') {
      paints.push(name);
      for (const callback of [...observers]) callback(entries([name]), {} as PerformanceObserver);
    },
    timeout() {
      for (const callback of timers.splice(0)) callback();
    },
  };
}

/** Whether the promise has settled once pending callbacks have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

describe('waiting for the HTML map to be on screen', () => {
  it('waits for the first contentful paint, not an earlier paint', async () => {
    const page = browser();
    const waiting = firstPaint(page.clock);
    page.paint('first-paint');
    expect(await settled(waiting)).toBe(false);
    page.paint();
    expect(await settled(waiting)).toBe(true);
  });

  it('does not wait for a paint that has been shown already', async () => {
    expect(await settled(firstPaint(browser({ painted: true }).clock))).toBe(true);
  });

  it('stops waiting when the paint never comes (a background tab paints nothing)', async () => {
    const page = browser();
    const waiting = firstPaint(page.clock);
    expect(await settled(waiting)).toBe(false);
    page.timeout();
    expect(await settled(waiting)).toBe(true);
  });
});
