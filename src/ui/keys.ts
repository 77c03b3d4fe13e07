/**
 * The keyboard rules every control group of the map shares: how arrows move through a row of
 * controls where one is focusable at a time, and which presses make one act.
 */

/** Key presses this close together are one act, and one entry in the browser's history. */
export const KEY_RUN_MS = 1000;

/**
 * A clock of key presses: each call says whether this press continues the run of the one before
 * (so the year it reaches replaces the last history entry instead of adding one).
 */
export function keyRun(now: () => number = () => performance.now()): () => boolean {
  let lastAt = -Infinity;
  return () => {
    const at = now();
    const inRun = at - lastAt < KEY_RUN_MS;
    lastAt = at;
    return inRun;
  };
}

/**
 * Which vertical arrow moves forward. `up` where the row stands for values that grow upward (a
 * chart's years); `down` where it is read as a list (the map's pins, west to east).
 */
export type Forward = 'up' | 'down';

/** The next index for a key in a row of `count` controls where one is focusable at a time. */
export function rovingIndex(
  key: string,
  index: number,
  count: number,
  forward: Forward = 'up',
): number | undefined {
  const next = Math.min(count - 1, index + 1);
  const previous = Math.max(0, index - 1);
  switch (key) {
    case 'ArrowRight':
      return next;
    case 'ArrowLeft':
      return previous;
    case 'ArrowUp':
      return forward === 'up' ? next : previous;
    case 'ArrowDown':
      return forward === 'down' ? next : previous;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
