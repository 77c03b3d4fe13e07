/**
 * What MapLibre needs from the page before a map can start: its worker and its stylesheet.
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';

let workerReady: Promise<void> | undefined;

/**
 * Vite does not emit maplibre 6's worker by itself: without `setWorkerUrl` it 404s and the map stays
 * blank. On our own pages the worker is a file of our origin, so `worker-src 'self'` is enough. A
 * page on another origin (the custom element inside an article) may not start a worker from our
 * origin at all, so there it runs from a blob copy, which needs `worker-src blob:` on that page.
 * So does a sandboxed frame of our own page (WordPress's oEmbed iframe): its origin is opaque,
 * `self.origin` is "null", and no URL is of its origin.
 */
export function prepareWorker(): Promise<void> {
  workerReady ??= (async () => {
    const url = new URL(workerUrl, location.href);
    if (url.origin === self.origin) {
      setWorkerUrl(url.href);
      return;
    }
    const response = await fetch(url);
    if (!response.ok) throw new Error(`The map worker could not be loaded (${response.status})`);
    const code = await response.blob();
    setWorkerUrl(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
  })();
  return workerReady;
}

/**
 * MapLibre's stylesheet travels with this lazy chunk and goes into the root the map lives in: the
 * page's head, or the shadow root of the custom element, never the head of someone's article.
 */
export function adoptStylesheet(container: HTMLElement): void {
  const root = container.getRootNode();
  const target = root instanceof ShadowRoot ? root : document.head;
  if (target.querySelector('style[data-maplibre-css]')) return;
  const style = document.createElement('style');
  style.dataset.maplibreCss = '';
  style.textContent = maplibreCss;
  target.append(style);
}
