import { inputBounds, type InputBounds, type ViewState } from '../data/input.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, loadLocale, preferredLanguage } from '../data/languages.ts';
import { isVersion, versionEnd, type Dataset } from '../data/dataset.ts';
import { LIVE } from '../data/live.ts';
import { loadProvider } from '../data/providers/index.ts';
import { PEER_PROVIDERS, type PeerProvider, type Region } from '../data/types.ts';
import { AppState } from './app-state.svelte.ts';

/**
 * A published version as an archived view reads it: its dataset, the providers it can compare
 * with (none before the version that added them), and a loader for each, from the archive's own
 * folder.
 */
export type Archive = Dataset & {
  readonly comparable: readonly PeerProvider[];
  readonly loadPeer: (provider: PeerProvider) => Promise<readonly Region[]>;
};

/** Where a version's archive lives under the live map's root: `v/2026-12-04/`. */
export const archiveFolder = (version: string): string => `v/${version}/`;

/**
 * The data of a published version, as the build wrote it (`v/VERSION/dataset.js`). Anything but a
 * version's day is refused before any request.
 */
export async function loadArchive(liveRoot: string, version: unknown): Promise<Archive> {
  if (!isVersion(version)) throw new Error('not a version of the data');
  const folder = new URL(archiveFolder(version), liveRoot).href;
  const url = `${folder}dataset.js`;
  const module = (await import(/* @vite-ignore */ url)) as {
    default?: Dataset;
    providers?: unknown;
  };
  const archive = module.default;
  if (archive?.version !== version) throw new Error(`${url} does not hold version ${version}`);
  const listed = Array.isArray(module.providers) ? (module.providers as unknown[]) : [];
  const comparable = PEER_PROVIDERS.filter((provider) => listed.includes(provider));
  return {
    ...archive,
    comparable,
    loadPeer: async (provider) => {
      if (!comparable.includes(provider)) throw new Error(`${version} has no ${provider} regions`);
      const peer = `${folder}providers/${provider}.js`;
      return ((await import(/* @vite-ignore */ peer)) as { default: readonly Region[] }).default;
    },
  };
}

/**
 * The one way a map starts, on the page, in the iframe and in the custom element: outside input
 * is read against the real bounds of the data (the years it spans, the regions it has, the
 * languages it speaks), and the language asked for (or else the first of `preferences` the map
 * speaks) is loaded before the map is drawn. An archived view starts on its version's data, its
 * clock stopped at its version's day.
 */
export async function startApp(
  read: (bounds: InputBounds) => ViewState,
  preferences: readonly string[] = [],
  archive?: Archive,
  layersWaitMs: number = LAYERS_WAIT_MS,
): Promise<AppState> {
  const dataset = archive ?? LIVE;
  const now = archive ? versionEnd(archive.version) : new Date();
  const initial = read({
    ...inputBounds(dataset, now),
    languages: LANGUAGES,
  });
  const lang =
    initial.lang ?? (preferences.length ? preferredLanguage(preferences) : DEFAULT_LANGUAGE);
  const app = new AppState({
    regions: dataset.regions,
    milestones: dataset.milestones,
    publishedTotals: dataset.publishedTotals,
    version: dataset.version,
    archived: archive !== undefined,
    comparable: archive ? archive.comparable : PEER_PROVIDERS,
    loadPeer: archive ? archive.loadPeer : loadProvider,
    now,
    initial,
    locale: await loadLocale(lang),
    loadLocale,
    languages: LANGUAGES,
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
  });
  // Other providers' layers asked for from the start are drawn with the map, as its language is:
  // its first view then holds every region it will show, and does not fit itself again (a jump in
  // an article) when they arrive. A layer later than this is drawn when it comes.
  await Promise.race([app.layersSettled(), new Promise((done) => setTimeout(done, layersWaitMs))]);
  return app;
}

/**
 * The longest a map asked for with other providers' layers waits for them (a stalled network):
 * past it the map shows, and a late layer joins it when it comes, fitting the view again.
 */
export const LAYERS_WAIT_MS = 3000;

/**
 * The same wait where the map is on screen already with every layer asked for (the build's view
 * with them, see `boot.ts`): starting without one would fit the view to fewer regions under the
 * reader, then again when it comes, while waiting costs nothing seen (the pins are links). Only a
 * network stalled this long starts the app without it.
 */
export const LAYER_VIEW_WAIT_MS = 30_000;
