/**
 * mulberry32: a small, well-mixed 32-bit generator, the same on every machine, so a seed replays
 * exactly (the random walk's steps, the benchmark's synthetic regions).
 * @param {number} seed
 * @returns {() => number} numbers from 0 (inclusive) to 1 (exclusive)
 */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
