/**
 * Which step of a scrolling story is the reader's: pure, so the rule can be tested without a
 * browser. A step counts once it crosses the reading line; of several,
 * the last in the story wins, so a short step is never skipped by a tall one above it.
 */

export interface StoryStep {
  year: number;
  /** The open region, or none. */
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
 * The step to show, given the indexes of the steps now across the reading line and the one shown
 * before. With none across (between two steps), the map keeps the last.
 */
export function currentStep(
  across: ReadonlySet<number>,
  previous: number | undefined,
): number | undefined {
  if (across.size === 0) return previous;
  return Math.max(...across);
}

/** The element's attributes for a step: the region is removed when the step opens none. */
export function stepAttributes(step: StoryStep): Record<'year' | 'region', string | null> {
  return { year: String(step.year), region: step.region ?? null };
}
