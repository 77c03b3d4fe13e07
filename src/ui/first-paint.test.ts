import { describe, expect, it } from 'vitest';
import { firstPaint, type PaintClock } from './first-paint.ts';

/** A browser played by hand: its paints and timer fire when the test says. */
function browser({
  painted = false,
  hidden = false,
}: { painted?: boolean; hidden?: boolean } = {}) {
  const paints: string[] = painted ? ['first-contentful-paint'] : [];
  const timers: (() => void)[] = [];
  const observers: PerformanceObserverCallback[] = [];
  const entries = (names: string[]) => ({
    getEntriesByName: (name: string) => names.filter((n) => n === name).map((n) => ({ name: n })),
  });
  class Observer {
    constructor(private readonly callback: PerformanceObserverCallback) {}
    observe() {
      observers.push(this.callback);
    }
    disconnect() {
      observers.splice(observers.indexOf(this.callback), 1);
    }
  }
  const clock = {
    document: { visibilityState: hidden ? 'hidden' : 'visible' },
    performance: entries(paints),
    PerformanceObserver: Observer,
    setTimeout: (callback: () => void) => timers.push(callback),
  } as unknown as PaintClock;
  return {
    clock,
    paint(name = 'first-contentful-paint') {
      paints.push(name);
      for (const callback of [...observers])
        callback(entries([name]) as PerformanceObserverEntryList, {} as PerformanceObserver);
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

  it('does not wait in a hidden tab, which paints nothing until shown', async () => {
    expect(await settled(firstPaint(browser({ hidden: true }).clock))).toBe(true);
  });

  it('stops waiting when the paint never comes', async () => {
    const page = browser();
    const waiting = firstPaint(page.clock);
    expect(await settled(waiting)).toBe(false);
    page.timeout();
    expect(await settled(waiting)).toBe(true);
  });
});
