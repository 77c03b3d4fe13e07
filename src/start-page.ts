import { hydrate, mount, type Component } from 'svelte';
import { parseFlag, parseViewState } from './data/input.ts';
import { readLocation, siteRootOf, STORY_FRAGMENT } from './data/view-url.ts';
import { postHeightToParent } from './embed/post-height.ts';
import { readSecret, wordpressLink } from './embed/wordpress.ts';
import { readDrawnLand } from './map/drawn-land.ts';
import EmbedView from './ui/EmbedView.svelte';
import {
  htmlMapShown,
  EMBEDDED_CLASS,
  ARCHIVE_ATTRIBUTE,
  STALE_CLASS,
} from './ui/html-contract.ts';
import { earlyChoices } from './ui/early-choices.ts';
import {
  archiveFolder,
  LAYER_VIEW_WAIT_MS,
  LAYERS_WAIT_MS,
  loadArchive,
  startApp,
} from './ui/start.ts';

// The build's own HTML always holds it.
const target = document.getElementById('app')!;
const htmlShown = htmlMapShown();

/**
 * The page's app, loaded by `main.ts`. The build rendered this page's map into its HTML (see
 * `src/ui/prerender.ts`): when it is the view the address asks for, the app takes it over where it
 * stands, and then does what the reader did meanwhile with its slider and layers; otherwise
 * `boot.js` has hidden it and the app draws afresh. Hydration does not wait for the country shapes:
 * the map takes over the paths the HTML already draws, so its pins answer once this script has run.
 */
function start<Props extends Record<string, unknown>>(
  component: Component<Props>,
  props: Props,
): void {
  const drawnLand = htmlShown ? readDrawnLand(target) : undefined;
  if (drawnLand) {
    const redoEarlyChoices = earlyChoices(target);
    hydrate(component, { target: target, props: { ...props, drawnLand } });
    redoEarlyChoices();
    return;
  }
  target.replaceChildren();
  mount(component, { target: target, props });
  document.documentElement.classList.remove(STALE_CLASS);
}

const view = readLocation(location.pathname, location.search);
const embedded = parseFlag(new URLSearchParams(view.search).get('embed')) === true;
// The full page's own components (its chart, numbers, list) load only on the full page, so an
// embed, which shares this entry, never downloads them; they load while the app reads its words
// and layers, not after.
const fullPage = embedded ? undefined : import('./ui/App.svelte');
const liveRoot = siteRootOf(import.meta.url);
// An archived page (`v/2026-12-04/…`, its version named on <html> by the build) shows its version's
// data, and its links stay in its version's folder.
const version = document.documentElement.getAttribute(ARCHIVE_ATTRIBUTE) ?? undefined;
const archive = version === undefined ? undefined : await loadArchive(liveRoot, version);
// The full page follows the reader's languages when the address names none; an embed speaks the
// language its snippet names, English otherwise, whatever the reader's browser says.
const app = await startApp(
  (bounds) => parseViewState(view.search, bounds),
  embedded ? [] : navigator.languages,
  archive,
  htmlShown ? LAYER_VIEW_WAIT_MS : LAYERS_WAIT_MS,
);
const siteRoot = archive ? new URL(archiveFolder(archive.version), liveRoot).href : liveRoot;
// A pin pressed in the HTML before the script ran links here: its region's story opens, once.
if (location.hash === STORY_FRAGMENT) {
  if (app.selectedId) app.open(app.selectedId);
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

// One reading of the address decides it: the full page's components were asked for above.
if (!fullPage) {
  document.documentElement.classList.add(EMBEDDED_CLASS);
  // WordPress's oEmbed iframe: sandboxed (an opaque origin), with a secret for its protocol.
  const secret = readSecret(location.hash);
  const sandboxed = self.origin === 'null' || secret !== undefined;
  start(EmbedView, {
    app,
    siteRoot,
    liveRoot,
    onmount: (root: HTMLElement) => postHeightToParent(root, secret),
    standalone: true,
    sandbox: sandboxed
      ? {
          follow: secret
            ? (url: string) => window.parent.postMessage(wordpressLink(secret, url), '*')
            : undefined,
        }
      : undefined,
  });
} else {
  // The address moves with the view (`view/2026/paris/`), and the browser asks for the icon late,
  // against the address of the moment: it is pinned to the site's root first.
  const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  icon?.setAttribute(
    'href',
    new URL(icon.getAttribute('href') ?? 'favicon.svg', location.href).href,
  );
  const { default: App } = await fullPage;
  start(App, { app, siteRoot, liveRoot });
}
