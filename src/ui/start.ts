import { inputBounds, type InputBounds, type ViewState } from '../data/input';
import { MILESTONES } from '../data/milestones';
import { PUBLISHED_TOTALS } from '../data/published-totals';
import { REGIONS } from '../data/regions';
import { AppState } from './app-state.svelte';

/**
 * The one way a map starts, on the page, in the iframe and in the custom element: outside input
 * is read against the real bounds of the data (the years it spans, the regions it has).
 */
export function startApp(read: (bounds: InputBounds) => ViewState): AppState {
  const now = new Date();
  const milestoneDates = MILESTONES.map((milestone) => milestone.date);
  return new AppState({
    regions: REGIONS,
    milestones: MILESTONES,
    publishedTotals: PUBLISHED_TOTALS,
    now,
    initial: read(inputBounds(REGIONS, now, milestoneDates)),
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
  });
}
