import { flushSync } from 'svelte';
import { on } from 'svelte/events';
import { MediaQuery } from 'svelte/reactivity';

/**
 * Whether the page is being printed: by the print media query, or from the moment the print
 * dialog is asked for, since the dialog lays out the page as soon as it opens and what paper
 * shows (the SVG map) must be there by then. Made during a component's set-up.
 */
export class Printing {
  readonly #media = new MediaQuery('print', false);
  #requested = $state(false);

  constructor() {
    $effect(() => {
      const stopBefore = on(window, 'beforeprint', () => {
        this.#requested = true;
        flushSync();
      });
      const stopAfter = on(window, 'afterprint', () => (this.#requested = false));
      return () => (stopBefore(), stopAfter());
    });
  }

  get current(): boolean {
    return this.#media.current || this.#requested;
  }
}
