import { MediaQuery } from 'svelte/reactivity';
import type { Theme } from '../data/input';
import type { ColorScheme } from '../map/palette';

/** The scheme in force: a forced theme wins, otherwise the reader's system setting, live. */
export class ColorSchemeState {
  readonly #prefersDark = new MediaQuery('(prefers-color-scheme: dark)', false);
  theme: Theme = $state('auto');

  constructor(theme: Theme) {
    this.theme = theme;
  }

  get scheme(): ColorScheme {
    if (this.theme !== 'auto') return this.theme;
    return this.#prefersDark.current ? 'dark' : 'light';
  }
}
