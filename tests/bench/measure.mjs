/**
 * One measured page load in a fresh browser context, all figures taken the same way on every page:
 * in-page timestamps from a MutationObserver on `data-map-state`, `data-map-renderer` and
 * `data-rendered-pins` (each stopped once the frame that shows the change has rendered), bytes from
 * Resource Timing, heap from the DevTools runtime after a garbage collection.
 */

/** Installed before any page script runs. */
function instrument() {
  const bench = {
    ready: undefined,
    interactive: undefined,
    steps: [],
    pending: undefined,
    keys: 0,
    pinCounts: [],
  };
  window.__bench = bench;
  performance.setResourceTimingBufferSize(10_000);
  const pinsElement = () => document.querySelector('[data-rendered-pins]');
  // A change made inside an animation frame callback (MapLibre draws and fires `idle` in one) is
  // on screen when that frame has rendered; any other change, when the next frame has. A message
  // posted from a frame callback is handled right after that frame's rendering.
  let inFrame = false;
  const channel = new MessageChannel();
  const queued = [];
  channel.port1.onmessage = () => queued.shift()?.();
  const afterRendering = (callback) => {
    queued.push(callback);
    channel.port2.postMessage(null);
  };
  const requestFrame = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    requestFrame((time) => {
      if (!inFrame) {
        inFrame = true;
        afterRendering(() => (inFrame = false));
      }
      callback(time);
    });
  const atNextFrame = (record) => {
    const done = () => record(performance.now());
    if (inFrame) afterRendering(done);
    else requestFrame(() => afterRendering(done));
  };
  // A page whose HTML already shows the map (rendered at build time, not hidden by boot.js): its
  // first map is its first contentful paint, unless that paint came before the parser had put
  // the map's pins in the page (the masthead can be painted on its own): then, the frame after.
  // Scripts cannot have drawn anything by DOMContentLoaded here, since the app waits for its
  // language file before it draws or hydrates.
  const htmlMap = () =>
    document.querySelector('#app[data-prerendered] [data-drawn-pin]') !== null &&
    !document.documentElement.classList.contains('prerender-stale');
  const mapInPage = () => {
    bench.htmlMapParsed = performance.now();
    atNextFrame((t) => (bench.htmlMapFrame = t));
  };
  const parsing = new MutationObserver(() => {
    if (!htmlMap()) return;
    parsing.disconnect();
    mapInPage();
  });
  parsing.observe(document, { childList: true, subtree: true });
  const readHtmlMap = () => {
    bench.fromHtml = true;
    // Its pins are links to their regions' stories: they answer a press from the first map.
    bench.linkedPins = document.querySelector('#app [data-pin-link]') !== null;
    bench.htmlPins = document.querySelectorAll(
      '#app[data-prerendered] [data-drawn-pin]:not([display="none"])',
    ).length;
  };
  document.addEventListener('DOMContentLoaded', () => {
    parsing.disconnect();
    bench.fromHtml = false;
    if (htmlMap()) readHtmlMap();
  });
  // The build's view with the layers the address asks for, which boot.js puts in place of the
  // HTML's map (before DOMContentLoaded or after it, when `parsing` no longer looks): a map in the
  // HTML all the same, in the page once boot.js has put it there and the page is no longer stale,
  // which is before boot.js is done with the rest of the view (after the first paint).
  let layerViewAsked = false;
  const layerView = new MutationObserver(() => {
    const root = document.documentElement;
    layerViewAsked ||= root.hasAttribute('data-layer-view-pending');
    if (!layerViewAsked || !htmlMap()) return;
    layerView.disconnect();
    if (bench.htmlMapParsed === undefined) mapInPage();
    readHtmlMap();
  });
  layerView.observe(document, {
    subtree: true,
    attributeFilter: ['data-layer-view-pending', 'class'],
  });
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const value = mutation.target.getAttribute(mutation.attributeName);
      if (mutation.attributeName === 'data-map-state' && value === 'ready' && !bench.readySeen) {
        bench.readySeen = performance.now();
        atNextFrame((t) => (bench.ready = t));
      } else if (
        mutation.attributeName === 'data-map-renderer' &&
        value === 'maplibre' &&
        !bench.interactiveSeen
      ) {
        bench.interactiveSeen = performance.now();
        atNextFrame((t) => (bench.interactive = t));
      } else if (mutation.attributeName === 'data-rendered-pins' && !bench.pending) {
        // Pins drawn after the first map (another provider's layer loaded by script).
        const change = { value, seen: performance.now() };
        bench.pinCounts.push(change);
        atNextFrame((t) => (change.drawn = t));
      } else if (mutation.attributeName === 'data-rendered-pins' && bench.pending) {
        const step = bench.pending;
        if (value === step.from || step.seen !== undefined) continue;
        step.seen = performance.now();
        step.to = value;
        atNextFrame((t) => {
          step.end = t;
          bench.steps.push(step);
          if (bench.pending === step) bench.pending = undefined;
        });
      }
    }
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-map-state', 'data-map-renderer', 'data-rendered-pins'],
  });
  window.addEventListener(
    'keydown',
    (event) => {
      if (!(event.target instanceof Element) || event.target.id !== 'year-slider') return;
      bench.pending = {
        key: ++bench.keys,
        start: performance.now(),
        from: pinsElement()?.getAttribute('data-rendered-pins') ?? null,
      };
    },
    true,
  );
  /** Resolves with the latest key's step once it is drawn, or with `undefined` after `timeout`. */
  bench.waitStep = (timeout) =>
    new Promise((resolve) => {
      const started = performance.now();
      const poll = () => {
        const step = bench.steps.find((s) => s.key === bench.keys);
        if (step) return resolve(step);
        if (performance.now() - started > timeout) {
          bench.pending = undefined;
          return resolve(undefined);
        }
        setTimeout(poll, 5);
      };
      poll();
    });
}

const quantile = (sorted, q) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (sorted.length === 0) return undefined;
  sorted.sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function p95(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted.length ? quantile(sorted, 0.95) : undefined;
}

/** A reader's drag across the middle of the map: what starts MapLibre on our pages. */
async function dragMap(tab) {
  const box = await tab.locator('div.map').boundingBox();
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await tab.mouse.move(x, y);
  await tab.mouse.down();
  for (let i = 1; i <= 5; i++) await tab.mouse.move(x + i * 8, y + i * 2);
  await tab.mouse.up();
}

/**
 * Loads `page.url` in a new context and measures it. `page.interactive`: `true` for our pages,
 * where a drag on the map starts MapLibre once the page has settled (interactive: from that drag
 * to MapLibre's first frame); `'ready'` where the page's ready is MapLibre's first idle.
 * `page.block`: URL patterns the browser may not load (to keep our page on its SVG renderer).
 * `page.firstMap`: `'paint'` where the page paints nothing before its map, so that its first map is
 * its first contentful paint, as on our pages (where the map is in the HTML).
 * `steps`: slider steps to time, alternating ArrowLeft and ArrowRight from the start year.
 */
export async function measurePage(browser, page, { steps, stepTimeout, settle = 1000 }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.addInitScript(instrument);
  const cdp = await context.newCDPSession(tab);
  if (page.block) {
    await cdp.send('Network.enable');
    await cdp.send('Network.setBlockedURLs', { urls: page.block });
  }

  const result = { page: page.id, url: page.url, errors };
  try {
    await tab.goto(page.url, { waitUntil: 'commit', timeout: 60_000 });
    await tab.waitForFunction(() => window.__bench?.ready !== undefined, undefined, {
      timeout: 60_000,
      polling: 50,
    });
    await tab.waitForTimeout(settle);
    // Resource Timing, unlike the page's DevTools network events, includes the worker's script.
    // transferSize: bytes over the wire (gzipped body and headers); responseEnd: our clock.
    const loadsNow = () =>
      tab.evaluate(() =>
        [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
          .map((entry) => ({
            url: entry.name.replace(/^https?:\/\/[^/]+/, ''),
            bytes: entry.transferSize,
            end: Math.round(entry.responseEnd),
          }))
          .filter((load) => !load.url.startsWith('data:')),
      );
    // What a reader who does not touch the map downloads.
    const untouched = await loadsNow();
    // When every pin the address asks for was on the map, before any drag or step: the first map
    // where the HTML holds them all; else the frame that drew the count the page settled on.
    const settled = await tab.evaluate(() => {
      const counts = window.__bench.pinCounts;
      const final = counts.at(-1)?.value;
      let first = counts.length - 1;
      while (first > 0 && counts[first - 1].value === final) first--;
      return { final, drawn: counts[first]?.drawn, htmlPins: window.__bench.htmlPins };
    });
    result.bytesUntouched = untouched.reduce((sum, load) => sum + load.bytes, 0);
    result.maplibreUntouched = untouched.some((load) => /maplibre/.test(load.url));
    if (page.interactive === true) {
      const reachedAt = await tab.evaluate(() => performance.now());
      await dragMap(tab);
      await tab.waitForFunction(() => window.__bench.interactive !== undefined, undefined, {
        timeout: 60_000,
        polling: 50,
      });
      result.reachedAt = reachedAt;
      await tab.waitForTimeout(settle);
    }
    const marks = await tab.evaluate(() => ({
      ready: window.__bench.ready,
      readySeen: window.__bench.readySeen,
      htmlMapParsed: window.__bench.htmlMapParsed,
      htmlMapFrame: window.__bench.htmlMapFrame,
      fromHtml: window.__bench.fromHtml,
      linkedPins: window.__bench.linkedPins,
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      interactive: window.__bench.interactive,
      loads: [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ].map((entry) => ({
        url: entry.name.replace(/^https?:\/\/[^/]+/, ''),
        bytes: entry.transferSize,
        end: Math.round(entry.responseEnd),
        // The document itself, and what held its first paint back (styles, classic scripts).
        blocking: entry.entryType === 'navigation' || entry.renderBlockingStatus === 'blocking',
      })),
    }));
    // A page that paints nothing before its map (`page.firstMap === 'paint'`, the d3 page) is read
    // on the same clock as a map in the HTML: when the frame is on screen, which comes after the
    // script-side clock of `ready` by the time the compositor takes to draw it.
    if (page.firstMap === 'paint' && !(marks.firstPaint >= marks.readySeen)) {
      throw new Error('the first contentful paint came before the map was in the page');
    }
    result.paintBeforeMap = Boolean(marks.fromHtml) && marks.firstPaint < marks.htmlMapParsed;
    result.firstMap = marks.fromHtml
      ? result.paintBeforeMap
        ? marks.htmlMapFrame
        : marks.firstPaint
      : page.firstMap === 'paint'
        ? marks.firstPaint
        : marks.ready;
    result.fromHtml = Boolean(marks.fromHtml);
    result.linkedPins = Boolean(marks.linkedPins);
    // When the app has taken the map over (`data-map-state="ready"`); the d3 page's once drawn.
    result.ready = marks.ready;
    // When the pins answer a press: from the first paint where the HTML's pins are links; on a
    // page whose map is its first paint, when that map is on screen.
    result.pinsAnswer =
      marks.linkedPins || page.firstMap === 'paint' ? result.firstMap : marks.ready;
    // Reference pages draw every pin in their first map.
    result.allPinsDrawn =
      !marks.fromHtml || settled.final === undefined || Number(settled.final) === settled.htmlPins
        ? result.firstMap
        : settled.drawn;
    result.interactive =
      page.interactive === true
        ? marks.interactive - result.reachedAt
        : page.interactive === 'ready'
          ? marks.ready
          : undefined;
    const loads = marks.loads.filter((load) => !load.url.startsWith('data:'));
    // A map in the HTML needs only what its first paint waited for; a map drawn by script needs
    // everything that had arrived when it was drawn.
    result.bytesBeforeFirstMap = loads
      .filter((load) => (result.fromHtml ? load.blocking : load.end <= result.firstMap))
      .reduce((sum, load) => sum + load.bytes, 0);
    result.bytesTotal = loads.reduce((sum, load) => sum + load.bytes, 0);
    result.requests = loads;
    await cdp.send('HeapProfiler.collectGarbage');
    result.heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;

    result.steps = [];
    result.stepTimeouts = 0;
    if (steps > 0) {
      await tab.focus('#year-slider');
      for (let i = 0; i < steps; i++) {
        await tab.keyboard.press(i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
        const step = await tab.evaluate((timeout) => window.__bench.waitStep(timeout), stepTimeout);
        if (step) result.steps.push(step.end - step.start);
        else result.stepTimeouts++;
        // Let the frame after the step pass before the next key.
        await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
      }
    }
    result.stepMedian = median(result.steps);
    result.stepP95 = p95(result.steps);
  } catch (error) {
    result.failure = error instanceof Error ? error.message.split('\n')[0] : String(error);
  } finally {
    await context.close();
  }
  return result;
}
