/**
 * The page and the embed view rendered to HTML at build time (`svelte/server`), so the basemap, the
 * pins, the slider, the year's numbers and the list are in the HTML before any script runs; the
 * browser then hydrates them. Run by `build/prerender.ts` in Node, never in the browser.
 */
import { render } from 'svelte/server';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { DEFAULT_LANGUAGE, LANGUAGES, loadLocale } from '../data/languages.ts';
import type { Dataset } from '../data/dataset.ts';
import { loadProvider } from '../data/providers/index.ts';
import { PEER_PROVIDERS, type PeerProvider } from '../data/types.ts';
import { LIVE } from '../data/live.ts';
import type { WorldTopology } from '../map/basemap.ts';
import { landPaths } from '../map/land-paths.ts';
import App from './App.svelte';
import { AppState } from './app-state.svelte.ts';
import EmbedView from './EmbedView.svelte';
import { prerenderView } from './MapView.svelte';

export type PrerenderKind = 'page' | 'embed';

export interface Prerendered {
  /** What goes inside `#app`. */
  body: string;
  /** What the components put in `<head>`. */
  head: string;
  /**
   * The view the HTML shows, `2026 page light en`: what `boot.js` (`boot.ts`) compares the address with
   * before the first paint, and what decides whether the page hydrates or starts afresh.
   */
  view: string;
  /** Every language the app speaks: `boot.js` knows from it which one the reader will get. */
  languages: readonly string[];
  /** The first and last years the slider spans, `2009 2026`: `boot.js` clamps an asked year to them. */
  years: string;
}

const world = countries110m as unknown as WorldTopology;

export async function prerender(
  kind: PrerenderKind,
  year: number,
  siteRoot: string,
  now: Date,
  // The site's HTML speaks English; `boot.js` hides it from a reader who asked for another language.
  lang: string = DEFAULT_LANGUAGE,
  dataset: Dataset = LIVE,
  // Other providers' layers shown: the view `boot.js` puts in place of the HTML's own when the
  // address asks for them (see `build/prerender.ts`).
  compare: readonly PeerProvider[] = [],
): Promise<Prerendered> {
  const embed = kind === 'embed';
  const app = new AppState({
    regions: dataset.regions,
    milestones: dataset.milestones,
    publishedTotals: dataset.publishedTotals,
    version: dataset.version,
    // The switches are in the HTML, so the script that loads the layers moves nothing: the live
    // site loads every provider on demand, an archive those its version holds.
    comparable:
      dataset === LIVE ? PEER_PROVIDERS : PEER_PROVIDERS.filter((provider) => dataset[provider]),
    loadPeer: compare.length ? loadProvider : undefined,
    now,
    initial: { year, embed, compare },
    locale: await loadLocale(lang),
  });
  await app.layersSettled();
  const failed = app.peerErrors.join(', ');
  if (failed) throw new Error(`prerender: ${failed} regions did not load`);
  // The countries' paths the browser takes over as they are (see `MapView`'s `drawnLand`).
  const drawnLand = landPaths(world, prerenderView(dataset.regions));
  const { body, head } = embed
    ? render(EmbedView, { props: { app, siteRoot, drawnLand, standalone: true } })
    : render(App, { props: { app, siteRoot, drawnLand } });
  return {
    body,
    head,
    view: `${app.year} ${kind} ${app.scheme} ${app.locale.lang}`,
    languages: LANGUAGES,
    years: `${app.first} ${app.last}`,
  };
}
