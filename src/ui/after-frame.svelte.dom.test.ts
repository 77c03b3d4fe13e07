import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { afterFrame } from './after-frame.svelte.ts';

/** A frame the test draws by hand: what waits for it runs on `draw()`. */
function frames() {
  const waiting: Array<() => void> = [];
  return {
    later: (run: () => void) => void waiting.push(run),
    draw: () => waiting.splice(0).forEach((run) => run()),
  };
}

describe('afterFrame', () => {
  it('starts with the value of now, and shows each change only once the frame after it is drawn', () => {
    const frame = frames();
    let year = $state(2016);
    let followed = { current: 0 };
    const stop = $effect.root(() => {
      followed = afterFrame(() => year, frame.later);
    });
    flushSync();
    expect(followed.current).toBe(2016);
    year = 2017;
    flushSync();
    expect(followed.current).toBe(2016);
    frame.draw();
    expect(followed.current).toBe(2017);
    stop();
  });

  it('shows the latest of several changes made before the frame, waiting for one frame only', () => {
    const frame = frames();
    let asked = 0;
    let year = $state(2016);
    let followed = { current: 0 };
    const stop = $effect.root(() => {
      followed = afterFrame(
        () => year,
        (run) => (asked++, frame.later(run)),
      );
    });
    flushSync();
    frame.draw();
    asked = 0;
    for (const next of [2017, 2018, 2019]) {
      year = next;
      flushSync();
    }
    expect(asked).toBe(1);
    frame.draw();
    expect(followed.current).toBe(2019);
    stop();
  });
});
