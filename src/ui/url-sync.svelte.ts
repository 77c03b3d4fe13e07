import type { AppState } from './app-state.svelte';

/**
 * Keeps the page URL in step with the year and the open region: a reader's deliberate change adds
 * a history entry; playback, the first load and back/forward replace it. Call during a component's
 * initialisation.
 */
export function syncWithUrl(app: AppState): void {
  $effect(() => {
    const next = app.search;
    const replace = app.cause !== 'reader';
    if (next === location.search) return;
    const url = `${location.pathname}${next}${location.hash}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  });

  $effect(() => {
    const onPopState = () => app.restore(location.search);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  });
}
