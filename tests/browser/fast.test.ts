import { EN } from '../../src/data/fixtures.test-helpers.ts';
/**
 * Light in an article: the first map is in the HTML (and reads without JavaScript), a deep link
 * never shows another year, MapLibre is fetched only when a reader reaches for the map and then
 * takes the gesture over, and a reader who only scrubs and opens pins never pays for it.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REGIONS } from '../../src/data/regions.ts';
import { yearView } from '../../src/data/year-view.ts';
import type { RenderedPin } from '../../src/map/scene.ts';
import { FIRST_PAINT_WAIT_MS } from '../../src/ui/first-paint.ts';
import { collectErrors, launch, mapState, screenshot } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const LAST = new Date().getUTCFullYear();
const visibleAt = (year: number) => yearView(REGIONS, year, EN).visible.length;
const isMapLibre = (request: Request) => /maplibre/.test(request.url());

/** Records every MapLibre request the page makes. */
function watchMapLibre(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (isMapLibre(request)) fetched.push(request.url());
  });
  return fetched;
}

/** Records every request for the country shapes file. */
function watchShapes(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (/countries-110m/.test(request.url())) fetched.push(request.url());
  });
  return fetched;
}

/** The box the SVG map's countries fill on screen. */
async function landBox(page: Page) {
  return (await page.locator('svg.svg-map path[data-land]').boundingBox())!;
}

async function renderedPins(page: Page): Promise<RenderedPin[]> {
  return page
    .locator('div.map')
    .evaluate((map) => (map as HTMLElement & { renderedPins(): RenderedPin[] }).renderedPins());
}

describe('the first map in the HTML', () => {
  it.each([
    ['', 'page', LAST],
    ['view/2016/', 'page', 2016],
    ['embed.html', 'embed', LAST],
    ['view/2016/embed.html', 'embed', 2016],
  ] as const)('/%s carries the %s at %i: map, pins, slider, counts', async (path, kind, year) => {
    const html = await (await fetch(`${baseUrl}${path}`)).text();
    expect(html).toContain(`data-prerendered="${year} ${kind} light en"`);
    const pins = html.match(/<g[^>]*data-drawn-pin="[^"]+"[^>]*>/g) ?? [];
    expect(pins.filter((pin) => !pin.includes('display="none"')).length).toBe(visibleAt(year));
    expect(html).toMatch(new RegExp(`id="year-slider"[^>]*value="${year}"`));
    expect(html).toContain('<path d="M');
    if (kind === 'page') {
      // The list of every region, one row each.
      const list = html.slice(html.indexOf('id="region-list-title"'));
      const table = list.slice(0, list.indexOf('</table>'));
      expect(table.match(/<tr[^>]*><th scope="row"/g)?.length).toBe(visibleAt(year));
    }
  });

  it('reads without JavaScript: the map, the year’s numbers and the list', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}view/2016/`);
    const map = page.locator('svg.svg-map');
    expect(await map.isVisible()).toBe(true);
    expect(await map.locator('[data-drawn-pin]:not([display="none"])').count()).toBe(
      visibleAt(2016),
    );
    expect(await page.locator('#summary-year').textContent()).toContain('2016');
    expect(await page.getByRole('row').count()).toBeGreaterThan(visibleAt(2016));
    expect(await page.getByRole('heading', { name: 'All regions in 2016' }).isVisible()).toBe(true);
    await screenshot(page, 'no-javascript-1280');
    await context.close();
  });

  it.each([
    [375, 740],
    [1280, 800],
  ])(
    'fits the whole map in its box at %ipx before any script, each pin a link to its story',
    async (width, height) => {
      const context = await browser.newContext({
        viewport: { width, height },
        javaScriptEnabled: false,
      });
      const page = await context.newPage();
      await page.goto(`${baseUrl}view/2026/`);
      const [svg, box] = await Promise.all([
        page.locator('svg.svg-map').boundingBox(),
        page.locator('[data-map-state]').boundingBox(),
      ]);
      expect(svg).toEqual(box);
      const links = page.locator('a[data-pin-link]');
      expect(await links.count()).toBe(visibleAt(2026));
      await page.locator('a[data-pin-link="paris"]').click();
      // The region's view has no map in its HTML: without a script it leads to Paris's row on the
      // year's page, which has.
      await expect.poll(() => page.url()).toBe(`${baseUrl}view/2026/#region-row-paris`);
      expect(await page.locator('#region-row-paris').isVisible()).toBe(true);
      const row = await page.locator('#region-row-paris').boundingBox();
      expect(row!.y).toBeGreaterThanOrEqual(0);
      expect(row!.y).toBeLessThan(height);
      await screenshot(page, `no-javascript-pin-link-${width}`);
      await context.close();
    },
  );

  it.each([
    ['view/2016/', true],
    ['view/2016/embed.html', true],
    // Other providers' layers: the build's view with them takes the HTML's place, and is painted.
    ['view/2016/?compare=aws,azure,google', true],
    // Another year than the HTML's: boot.js hides the HTML, so nothing is painted to wait for.
    ['view/2016/?year=2019', false],
  ] as const)('/%s is painted before the app’s scripts are asked for: %s', async (path, waits) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}${path}`);
    expect(await mapState(page)).toBe('ready');
    const { painted, appAsked } = await page.evaluate(() => ({
      painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      appAsked: performance
        .getEntriesByType('resource')
        .find((entry) => /\/assets\/start-page-[\w-]+\.js$/.test(entry.name))?.startTime,
    }));
    expect(appAsked).toBeDefined();
    if (waits) {
      expect(painted).toBeDefined();
      expect(appAsked!).toBeGreaterThanOrEqual(painted!);
    }
    // Not held back until the wait gives up on a paint that cannot come.
    else expect(appAsked!).toBeLessThan(FIRST_PAINT_WAIT_MS);
    expect(errors).toEqual([]);
    await context.close();
  });

  /**
   * Opens `path` with a slow app (its chunk held back 1.5 s), once `control` is on screen: a reader
   * acts on the HTML's own controls meanwhile.
   */
  async function openWithSlowApp(path: string, control: string) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.route(/\/start-page-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'commit' });
    await page.waitForFunction(
      (selector) =>
        document.querySelector(selector) &&
        !document.documentElement.classList.contains('prerender-stale'),
      control,
    );
    return { context, page, errors };
  }

  // On the HTML's own map, and on the build's view with a layer that boot.js puts in its place.
  for (const [asked, compared] of [
    ['', 'aws'],
    ['?compare=azure', 'aws,azure'],
  ] as const) {
    it(`keeps the year and the layer a reader chose before the app took the HTML over (view/2016/${asked})`, async () => {
      const { context, page, errors } = await openWithSlowApp(`view/2016/${asked}`, '#year-slider');
      await page.locator('#year-slider').focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await page.locator('.compare label[data-provider="aws"]').click();
      expect(await page.locator('[data-map-state]').getAttribute('data-map-state')).not.toBe(
        'ready',
      );
      expect(await mapState(page)).toBe('ready');
      await expect.poll(() => page.locator('#year-slider').inputValue()).toBe('2019');
      await expect.poll(() => page.locator('#summary-year').textContent()).toContain('2019');
      await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/view\/2019\/$/);
      await expect
        .poll(() => page.locator('fieldset[data-compare]').getAttribute('data-compare'))
        .toBe(compared);
      expect(await page.locator('.compare label[data-provider="aws"] input').isChecked()).toBe(
        true,
      );
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  for (const asked of ['', '?compare=azure']) {
    it(`answers a button pressed before the app took the HTML over, once it has (view/2016/${asked})`, async () => {
      const { context, page, errors } = await openWithSlowApp(
        `view/2016/${asked}`,
        '.embed-button',
      );
      // The page's own script listens from DOMContentLoaded on: a press while the parser is still
      // reading the page is not kept (see the note in main.ts).
      await page.waitForFunction(
        () =>
          (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
            .domContentLoadedEventStart > 0,
      );
      await page.locator('.embed-button').click();
      expect(await page.locator('[data-map-state]').getAttribute('data-map-state')).not.toBe(
        'ready',
      );
      expect(await mapState(page)).toBe('ready');
      // Pressed once: open, not opened and closed again.
      await expect
        .poll(() => page.locator('dialog[aria-labelledby="embed-dialog-title"]').isVisible())
        .toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('opens the story a pin link asked for, and the script takes the pins over in place', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectErrors(page);
    // Every map node the page removes from the HTML's drawing while it starts: none, so nothing
    // of the map flashes when the script takes it over.
    await page.addInitScript(() => {
      const removed: string[] = [];
      (window as unknown as { __removed: string[] }).__removed = removed;
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.removedNodes) {
            if (node instanceof Element && node.matches('svg.svg-map, g[data-drawn-pin], path'))
              removed.push(node.outerHTML.slice(0, 80));
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${baseUrl}view/2026/paris/#story`);
    expect(await mapState(page)).toBe('ready');
    await expect.poll(() => page.locator('#region-panel-title').textContent()).toContain('Paris');
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.locator('a[data-pin-link]').count()).toBe(0);
    expect(await page.locator('button[data-pin-id]').count()).toBeGreaterThan(0);
    expect(
      await page.evaluate(() => (window as unknown as { __removed: string[] }).__removed),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a deep link', () => {
  /** Every frame from the first: the year shown, if the map's HTML was visible at all. */
  function sampleFrames() {
    const frames: Array<{ visible: boolean; year: string | undefined; dark: boolean }> = [];
    (window as unknown as { __frames: typeof frames }).__frames = frames;
    const sample = () => {
      const app = document.getElementById('app');
      const slider = document.getElementById('year-slider') as HTMLInputElement | null;
      if (app && slider) {
        frames.push({
          visible: getComputedStyle(app).visibility !== 'hidden',
          year: slider.value,
          dark: document.querySelector('.footprint')?.getAttribute('data-theme') === 'dark',
        });
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }

  it.each([
    ['?year=2016&region=paris', 'light', '2016', false],
    ['view/2019/', 'light', '2019', false],
    ['view/2016/frankfurt/', 'light', '2016', false],
    ['view/2016/embed.html?region=frankfurt', 'light', '2016', false],
    ['?embed=1&year=2020', 'light', '2020', false],
    ['', 'dark', String(LAST), true],
  ] as const)(
    '%s (%s) never shows another year or scheme, even with slow scripts',
    async (path, colorScheme, year, dark) => {
      const page = await browser.newPage({
        viewport: { width: 1280, height: 800 },
        colorScheme,
      });
      const errors = collectErrors(page);
      await page.addInitScript(sampleFrames);
      // Slow scripts leave the HTML on screen longer: the window a wrong year would show in.
      await page.route(/\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 600));
        await route.continue();
      });
      await page.goto(`${baseUrl}${path}`);
      await mapState(page);
      await expect.poll(() => page.locator('#year-slider').inputValue()).toBe(year);
      const frames = await page.evaluate(
        () =>
          (
            window as unknown as {
              __frames: Array<{ visible: boolean; year: string; dark: boolean }>;
            }
          ).__frames,
      );
      const shown = frames.filter((frame) => frame.visible);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.filter((frame) => frame.year !== year || frame.dark !== dark)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});

describe('the countries of the HTML', () => {
  it.each([375, 1280])(
    'are drawn where the shapes file would draw them, without fetching it, at %i px',
    async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const taken = await context.newPage();
      const shapes = watchShapes(taken);
      // The year's own page: its HTML map is taken over.
      await taken.goto(`${baseUrl}view/2016/`);
      await mapState(taken);
      await taken.waitForLoadState('networkidle');
      expect(shapes).toEqual([]);
      // A pin answers with no shapes file at all.
      await taken.locator('[data-pin-id]').first().click();
      await expect.poll(() => taken.locator('#region-panel-title').count()).toBe(1);
      expect(shapes).toEqual([]);

      // The same year asked of the latest year's page: drawn afresh from the shapes file.
      const drawn = await context.newPage();
      const fetched = watchShapes(drawn);
      await drawn.goto(`${baseUrl}?year=2016`);
      await mapState(drawn);
      expect(fetched.length).toBe(1);
      const [a, b] = [await landBox(taken), await landBox(drawn)];
      for (const key of ['x', 'y', 'width', 'height'] as const) {
        expect(Math.abs(a[key] - b[key]), key).toBeLessThan(2);
      }
      await context.close();
    },
  );

  it('give way to the shapes file once the reader zooms', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 700 } });
    const shapes = watchShapes(page);
    // MapLibre never loads: the zoom is the SVG map's own.
    await page.route(/maplibre-renderer/, () => new Promise(() => undefined));
    await page.goto(`${baseUrl}view/2016/embed.html`);
    await mapState(page);
    const zoomIn = page.getByRole('button', { name: 'Zoom in' }).first();
    await zoomIn.click();
    await expect.poll(() => shapes.length).toBe(1);
    await expect
      .poll(() => page.locator('svg.svg-map path[data-land]').getAttribute('transform'))
      .toBeNull();
    await page.close();
  });

  it('keep the map working when the shapes file fails, and it is asked for again', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 700 } });
    const shapes = watchShapes(page);
    await page.route(/maplibre-renderer/, () => new Promise(() => undefined));
    let failures = 1;
    await page.route(/countries-110m/, (route) =>
      failures-- > 0 ? route.abort('connectionreset') : route.continue(),
    );
    await page.goto(`${baseUrl}view/2016/embed.html`);
    await mapState(page);
    const zoomIn = page.getByRole('button', { name: 'Zoom in' }).first();
    await zoomIn.click();
    await expect.poll(() => shapes.length).toBe(1);
    // Still the HTML's countries, still a map whose pins answer.
    expect(await page.locator('div.map').getAttribute('data-map-state')).toBe('ready');
    // The zoom may have moved the first pin out of view: the keyboard reaches it wherever it is.
    await page.locator('[data-pin-id]').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#region-panel-title').count()).toBe(1);
    await page.keyboard.press('Escape');
    await zoomIn.click();
    await expect.poll(() => shapes.length).toBe(2);
    await expect
      .poll(() => page.locator('svg.svg-map path[data-land]').getAttribute('transform'))
      .toBeNull();
    await page.close();
  });
});

describe('MapLibre when the reader reaches for it', () => {
  it('is not fetched by an embed until a drag, which it then carries on', async () => {
    const page = await browser.newPage({ viewport: { width: 650, height: 720 } });
    const fetched = watchMapLibre(page);
    await page.goto(`${baseUrl}view/2016/embed.html`);
    await mapState(page);
    // Scrubbing and opening a pin cost nothing.
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await slider.press('ArrowLeft');
    await slider.press('ArrowRight');
    await page.locator('[data-pin-id]').first().click();
    await page.keyboard.press('Escape');
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    expect(await page.locator('div.map').getAttribute('data-map-renderer')).toBe('svg');

    // MapLibre's bytes arrive slowly, so the drag ends on the SVG map.
    await page.route(/maplibre-renderer/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const before = await renderedPins(page);
    const box = (await page.locator('div.map').boundingBox())!;
    const [x, y] = [box.x + box.width * 0.5, box.y + box.height * 0.5];
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(x + i * 4, y + i * 3);
    await page.mouse.up();
    await expect.poll(() => fetched.length).toBeGreaterThan(0);
    expect(await page.locator('div.map').getAttribute('data-map-renderer')).toBe('svg');
    // The SVG map followed the drag while MapLibre loaded.
    const dragged = await renderedPins(page);
    const shift = (a: RenderedPin[], b: RenderedPin[]) =>
      a.flatMap((pin) => {
        const other = b.find((p) => p.id === pin.id);
        return other ? [{ dx: other.x - pin.x, dy: other.y - pin.y }] : [];
      });
    const moved = shift(before, dragged);
    expect(moved.length).toBeGreaterThan(3);
    for (const { dx, dy } of moved) {
      expect(dx).toBeCloseTo(40, -1);
      expect(dy).toBeCloseTo(30, -1);
    }
    // MapLibre takes over exactly there: the gesture is not lost.
    await page.waitForSelector('[data-map-renderer="maplibre"]', { timeout: 30_000 });
    await expect.poll(async () => (await renderedPins(page)).length).toBeGreaterThan(3);
    for (const { dx, dy } of shift(dragged, await renderedPins(page))) {
      expect(Math.abs(dx)).toBeLessThan(1.5);
      expect(Math.abs(dy)).toBeLessThan(1.5);
    }
    await page.close();
  });

  it('draws under the SVG map, out of every reader’s reach, until its first frame is in', async () => {
    const context = await browser.newContext({ viewport: { width: 650, height: 720 } });
    // Without its worker MapLibre starts but never completes a frame.
    await context.route(/maplibre-gl-worker/, () => new Promise(() => undefined));
    const page = await context.newPage();
    await page.goto(`${baseUrl}view/2016/embed.html`);
    await mapState(page);
    await page.getByRole('button', { name: 'Zoom in' }).first().click();
    await page.waitForSelector('div.map canvas.maplibregl-canvas', { state: 'attached' });
    expect(await page.locator('div.map').getAttribute('data-map-renderer')).toBe('svg');
    // MapLibre's canvas painted red through its own context: a reader must still see the SVG map.
    const focused = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
      gl.clearColor(1, 0, 0, 1);
      gl.clear(gl.COLOR_BUFFER_BIT);
      canvas.focus();
      return document.activeElement === canvas;
    });
    const box = (await page.locator('div.map').boundingBox())!;
    const png = await page.screenshot({
      clip: { x: box.x + 4, y: box.y + box.height - 12, width: 8, height: 8 },
    });
    const reddest = await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      let most = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        most = Math.max(most, pixels[i]! - Math.max(pixels[i + 1]!, pixels[i + 2]!));
      }
      return most;
    }, png.toString('base64'));
    expect(reddest).toBeLessThan(64);
    // Nor can the keyboard reach it.
    expect(focused).toBe(false);
    await context.close();
  });

  it('starts on the zoom button at the zoomed view, and on Ctrl + wheel', async () => {
    const page = await browser.newPage({ viewport: { width: 650, height: 720 } });
    const fetched = watchMapLibre(page);
    await page.goto(`${baseUrl}view/2016/embed.html`);
    await mapState(page);
    // A plain wheel scrolls the article: no MapLibre.
    const box = (await page.locator('div.map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 200);
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await page.route(/maplibre-renderer/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const before = await renderedPins(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => fetched.length).toBeGreaterThan(0);
    // The SVG map zoomed at once: pins twice as far apart, one zoom level in.
    const zoomed = await renderedPins(page);
    const span = (pins: RenderedPin[]) =>
      Math.max(...pins.map((p) => p.x)) - Math.min(...pins.map((p) => p.x));
    expect(span(zoomed) / span(before)).toBeCloseTo(2, 1);
    // MapLibre takes over at that zoom: the pins it draws stand where the SVG drew them.
    await page.waitForSelector('[data-map-renderer="maplibre"]', { timeout: 30_000 });
    await expect.poll(async () => (await renderedPins(page)).length).toBeGreaterThan(0);
    for (const pin of await renderedPins(page)) {
      const drawn = zoomed.find((p) => p.id === pin.id)!;
      expect(Math.hypot(pin.x - drawn.x, pin.y - drawn.y)).toBeLessThan(1.5);
    }
    await page.close();

    const second = await browser.newPage({ viewport: { width: 650, height: 720 } });
    const fetchedAgain = watchMapLibre(second);
    await second.goto(`${baseUrl}view/2016/embed.html`);
    await mapState(second);
    await second.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await second.keyboard.down('Control');
    await second.mouse.wheel(0, -300);
    await second.keyboard.up('Control');
    await expect.poll(() => fetchedAgain.length).toBeGreaterThan(0);
    await second.waitForSelector('[data-map-renderer="maplibre"]', { timeout: 30_000 });
    await second.close();
  });

  it('is not started on the full page by scrubbing, playing and opening pins', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const fetched = watchMapLibre(page);
    await page.goto(baseUrl);
    await mapState(page);
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await slider.press('Home');
    await slider.press('End');
    await page.locator('[data-growth-chart] [data-year="2019"]').click();
    await page.locator('[data-pin-id]').first().click();
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    // The + key, with focus on the map, is a reach for it.
    await page.locator('[data-pin-id]').first().focus();
    await page.keyboard.press('+');
    await page.waitForSelector('[data-map-renderer="maplibre"]', { timeout: 30_000 });
    await page.close();
  });
});
