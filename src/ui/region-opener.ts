import { tick } from 'svelte';
import type { AppState } from './app-state.svelte';

/**
 * Opens and closes the details panel the way a dialog should: closing returns focus to whatever
 * opened it (a pin, a list entry, an event link), or to the region's pin if that is gone.
 * `root` is the element the map lives in, which may be inside a shadow root.
 */
export function regionOpener(app: AppState, root: () => HTMLElement | undefined) {
  let opener: HTMLElement | null = null;

  function activeElement(): Element | null {
    const node = root()?.getRootNode() as Document | ShadowRoot | undefined;
    return node?.activeElement ?? null;
  }

  return {
    open(id: string) {
      const active = activeElement();
      opener = active instanceof HTMLElement ? active : null;
      app.select(id);
    },
    async close() {
      const id = app.selectedId;
      app.select(undefined);
      await tick();
      const pin = root()?.querySelector<HTMLElement>(`[data-pin-id="${CSS.escape(id ?? '')}"]`);
      const target = opener?.isConnected === true ? opener : pin;
      target?.focus();
      opener = null;
    },
  };
}
