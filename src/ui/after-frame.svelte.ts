/**
 * A value that follows its source once the frame after the change has been drawn: for a part of
 * the page below the map, whose redraw would otherwise hold back the frame that shows a slider
 * step on the map. The list of regions (about 170 rows with every layer on) cost a step about
 * 14 ms there, nearly a frame (bench, 6 December 2026); it now shows the same year a frame later.
 */

/**
 * How late a change may show at most while the page stays busy (a key held on the slider): a
 * quarter of a second, about two steps.
 */
export const MAX_LAG_MS = 250;

/**
 * Runs `run` once the next frame has been drawn and the page is idle; at once where no frame will
 * come (a hidden tab). Not a task queued behind the frame: that ran before the task that reads the
 * frame as drawn, so the bench, like a reader's next key press, waited for it all the same.
 */
export function afterNextFrame(run: () => void): void {
  if (document.hidden) return run();
  // Safari has no idle callbacks: a timer a frame later.
  const idle = window.requestIdleCallback ?? ((then: () => void) => setTimeout(then, 16));
  requestAnimationFrame(() => idle(run, { timeout: MAX_LAG_MS }));
}

/**
 * The latest value of `source`, a frame late: the same at the start (and on the server), then
 * each change once `later` runs, however many came in between. Call during a component's
 * initialisation.
 */
export function afterFrame<T>(
  source: () => T,
  later: (run: () => void) => void = afterNextFrame,
): { readonly current: T } {
  const first = source();
  let current = $state.raw(first);
  let latest = first;
  let waiting = false;
  $effect(() => {
    latest = source();
    if (waiting) return;
    waiting = true;
    later(() => {
      waiting = false;
      current = latest;
    });
  });
  return {
    get current() {
      return current;
    },
  };
}
