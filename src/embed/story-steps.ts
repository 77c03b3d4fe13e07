/**
 * Which step of a scrolling story is the reader's: pure, so the rule can be tested without a
 * browser. The reader's step is the last one whose top has reached the reading line, wherever the
 * page stands: after a slow scroll, a jump or a smooth scroll that lands anywhere.
 */

export interface StoryStep {
  year: number;
  /** The region the step chooses, or none. */
  region?: string;
}

/** What a step's `data-year` and `data-region` say; undefined when the year is not a year. */
export function readStep(
  year: string | undefined,
  region: string | undefined,
): StoryStep | undefined {
  if (!year || !/^\d{4}$/.test(year)) return undefined;
  return region ? { year: Number(year), region } : { year: Number(year) };
}

/**
 * The step to show: the last whose top (in the window, px) is at or above the reading line; none
 * before the first step reaches it, so the map keeps the view it started with.
 */
export function stepAt(tops: readonly number[], line: number): number | undefined {
  const index = tops.findLastIndex((top) => top <= line);
  return index < 0 ? undefined : index;
}

/** Where the reading line sits in a window this tall (px), as a share of its height. */
export const READING_LINE = 2 / 3;

/**
 * The reading line (px from the window's top). Beside the map, two thirds down the window; under a
 * map that spans the screen (a phone), halfway through what the map leaves, so a step takes over
 * while it is read, not once it has slid under the map.
 */
export function readingLine(windowHeight: number, mapBottom: number | undefined): number {
  const line = windowHeight * READING_LINE;
  if (mapBottom === undefined) return line;
  return Math.max(line, mapBottom + (windowHeight - mapBottom) / 2);
}

/** The element's attributes for a step: the region is removed when the step chooses none. */
export function stepAttributes(step: StoryStep): Record<'year' | 'region', string | null> {
  return { year: String(step.year), region: step.region ?? null };
}
