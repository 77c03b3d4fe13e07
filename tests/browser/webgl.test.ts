/** The map without WebGL, after a lost context, and with more maps than contexts. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REGIONS } from '../../src/data/regions.ts';
import { statusAt } from '../../src/data/status.ts';
import { collectErrors, launch, maplibreShown, mapState, screenshot } from './browser.ts';
import { articleHtml, servePages, type TestServer } from './servers.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let articles: TestServer;
const articleBodies = new Map<string, string>();

beforeAll(async () => {
  browser = await launch();
  articles = await servePages((path) => articleHtml(articleBodies.get(path) ?? ''));
});

afterAll(async () => {
  await browser?.close();
  await articles?.close();
});

describe('without WebGL', () => {
  it('draws the SVG map, opens regions and says why zoom is limited', async () => {
    const noWebGL = await launch(['--disable-webgl', '--disable-3d-apis']);
    const page = await noWebGL.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}?year=2024`);
    expect(await mapState(page)).toBe('fallback');
    const map = page.locator('[data-map-state]');
    expect(await map.getAttribute('data-map-renderer')).toBe('svg');
    expect(await map.getAttribute('data-rendered-pins')).toBe(
      String(REGIONS.filter((r) => statusAt(r, 2024) !== 'not-yet').length),
    );
    expect(await page.getByRole('status').filter({ hasText: 'cannot zoom' }).count()).toBe(1);
    await page.locator('[data-pin-id="sydney"]').click();
    expect(await page.locator('#region-panel-title').textContent()).toBe('Sydney');
    expect(await page.getByRole('table').getByRole('button', { name: 'Mumbai' }).count()).toBe(1);
    await screenshot(page, 'no-webgl');
    expect(errors).toEqual([]);
    await page.close();
    await noWebGL.close();
  });
});

describe('lost WebGL contexts', () => {
  it('stands in with the SVG map while the context is lost and draws again when restored', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}?year=2026`);
    await maplibreShown(page);
    const map = page.locator('[data-map-state]');
    await page.evaluate(() => {
      const canvas = document.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement;
      const gl = canvas.getContext('webgl2')!;
      const lose = gl.getExtension('WEBGL_lose_context')!;
      Object.defineProperty(window, '__restoreContext', { value: () => lose.restoreContext() });
      lose.loseContext();
    });
    await expect.poll(() => map.getAttribute('data-map-renderer')).toBe('svg');
    expect(await map.getAttribute('data-map-state')).toBe('ready');
    await page.evaluate(() =>
      (window as unknown as { __restoreContext: () => void }).__restoreContext(),
    );
    await expect
      .poll(() => map.getAttribute('data-map-renderer'), { timeout: 20_000 })
      .toBe('maplibre');
    expect(await map.getAttribute('data-map-state')).toBe('ready');
    await page.locator('#year-slider').focus();
    await page.keyboard.press('Home');
    const first = Number(await page.locator('#year-slider').inputValue());
    await expect
      .poll(() => map.getAttribute('data-rendered-pins'), { timeout: 20_000 })
      .toBe(String(REGIONS.filter((r) => statusAt(r, first) !== 'not-yet').length));
    await screenshot(page, 'context-restored');
    await page.close();
  });

  it('keeps ten maps on one page drawn: MapLibre for a few, SVG for the rest, none blank', async () => {
    articleBodies.set(
      '/ten-maps.html',
      `<script type="module" src="${baseUrl}embed.js"></script>` +
        Array.from(
          { length: 10 },
          (_, i) => `<alibaba-cloud-map year="${2016 + i}"></alibaba-cloud-map>`,
        ).join('\n<p>Between the maps.</p>\n'),
    );
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${articles.origin}/ten-maps.html`);
    const elements = page.locator('alibaba-cloud-map');
    for (let i = 0; i < 10; i++) {
      await elements.nth(i).scrollIntoViewIfNeeded();
      await expect
        .poll(() => elements.nth(i).getAttribute('data-map-state'), { timeout: 30_000 })
        .toBe('ready');
    }
    const renderers = await elements.evaluateAll((nodes) =>
      nodes.map((node) =>
        node.shadowRoot?.querySelector('[data-map-renderer]')?.getAttribute('data-map-renderer'),
      ),
    );
    expect(renderers.filter((r) => r === 'maplibre').length).toBeLessThanOrEqual(4);
    expect(renderers.every((r) => r === 'svg' || r === 'maplibre')).toBe(true);
    const drawn = await elements.evaluateAll((nodes) =>
      nodes.map((node) =>
        Number(
          node.shadowRoot
            ?.querySelector('[data-rendered-pins]')
            ?.getAttribute('data-rendered-pins'),
        ),
      ),
    );
    expect(drawn.every((count) => count > 0)).toBe(true);
    expect(errors.filter((e) => !/Too many active WebGL contexts/.test(e))).toEqual([]);
    await page.close();
  });
});
