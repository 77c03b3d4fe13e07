import { readLocation } from '../data/view-url.ts';
import type { AppState } from './app-state.svelte.ts';

/**
 * Keeps the page's address on the view shown (`view/2026/paris/` under the site's root, a page a
 * static host serves and a CMS can embed): a reader's deliberate change adds a history entry;
 * playback, the first load and back/forward replace it. Call during a component's initialisation.
 */
export function syncWithUrl(app: AppState, siteRoot: string): void {
  $effect(() => {
    // Read once and dropped: nothing reacts to this URL.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const next = new URL(app.href, siteRoot);
    if (next.pathname === location.pathname && next.search === location.search) return;
    // Absolute: a path such as `//view/2026/` (a site root at `https://host//`) would otherwise be
    // read as the address of another host, which history refuses.
    const url = `${next.origin}${next.pathname}${next.search}${location.hash}`;
    if (app.cause === 'reader') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  });

  $effect(() => {
    const onPopState = () => app.restore(readLocation(location.pathname, location.search).search);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  });
}
