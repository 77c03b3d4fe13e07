import { inputBounds, type InputBounds, type ViewState } from '../data/input.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, loadLocale, preferredLanguage } from '../data/languages.ts';
import { MILESTONES } from '../data/milestones.ts';
import { PUBLISHED_TOTALS } from '../data/published-totals.ts';
import { REGIONS } from '../data/regions.ts';
import { AppState } from './app-state.svelte.ts';

/**
 * The one way a map starts, on the page, in the iframe and in the custom element: outside input
 * is read against the real bounds of the data (the years it spans, the regions it has, the
 * languages it speaks), and the language asked for (or else the first of `preferences` the map
 * speaks) is loaded before the map is drawn.
 */
export async function startApp(
  read: (bounds: InputBounds) => ViewState,
  preferences: readonly string[] = [],
): Promise<AppState> {
  const now = new Date();
  const milestoneDates = MILESTONES.map((milestone) => milestone.date);
  const initial = read({ ...inputBounds(REGIONS, now, milestoneDates), languages: LANGUAGES });
  const lang =
    initial.lang ?? (preferences.length ? preferredLanguage(preferences) : DEFAULT_LANGUAGE);
  return new AppState({
    regions: REGIONS,
    milestones: MILESTONES,
    publishedTotals: PUBLISHED_TOTALS,
    now,
    initial,
    locale: await loadLocale(lang),
    loadLocale,
    languages: LANGUAGES,
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
  });
}
