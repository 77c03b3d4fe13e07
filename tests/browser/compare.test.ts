/**
 * Alibaba among its peers: each provider's layer turned on and off, by pointer and by keyboard, in
 * both languages, at 1280 and 375 px, on the page, in the embed and in an archived embed; what the
 * map, the key, the year's numbers, the list and the address say; axe clean with every layer on.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REGIONS } from '../../src/data/regions.ts';
import { REGIONS as AWS } from '../../src/data/providers/aws.ts';
import { REGIONS as AZURE } from '../../src/data/providers/azure.ts';
import { REGIONS as GOOGLE } from '../../src/data/providers/google.ts';
import { isRunning, statusAt } from '../../src/data/status.ts';
import type { PeerProvider, Region } from '../../src/data/types.ts';
import { LAYERS_WAIT_MS } from '../../src/ui/start.ts';
import {
  axeViolations,
  collectErrors,
  launch,
  mapState,
  maplibreShown,
  screenshot,
} from './browser.ts';
import { articleHtml, servePages, type TestServer } from './servers.ts';

/**
 * A page's first pins with layers: the app starts after the first paint, then fetches each
 * provider's regions, which takes seconds on a busy machine.
 */
const FIRST_LOAD = { timeout: 20_000 };
const baseUrl = inject('baseUrl');
const YEAR = 2026;
const PEERS: Record<PeerProvider, readonly Region[]> = { aws: AWS, azure: AZURE, google: GOOGLE };
let browser: Browser;
/** An article on another origin, holding the web component. */
let article: TestServer;

beforeAll(async () => {
  browser = await launch();
  article = await servePages(() =>
    articleHtml(
      `<script type="module" src="${baseUrl}embed.js"></script>` +
        `<alibaba-cloud-map year="${YEAR}" compare="google"></alibaba-cloud-map>`,
    ),
  );
});

afterAll(async () => {
  await browser?.close();
  await article?.close();
});

/** How many of a dataset's pins show at the year: announced, running or closed. */
const shown = (regions: readonly Region[], year = YEAR) =>
  regions.filter((region) => statusAt(region, year) !== 'not-yet').length;
const running = (regions: readonly Region[]) =>
  regions.filter((region) => isRunning(statusAt(region, YEAR))).length;

const renderedPins = (page: Page) =>
  page.locator('[data-rendered-pins]').getAttribute('data-rendered-pins').then(Number);

/** The pins drawn with these layers on, Alibaba's always among them. */
const expectedPins = (on: readonly PeerProvider[], year = YEAR) =>
  shown(REGIONS, year) + on.reduce((sum, provider) => sum + shown(PEERS[provider], year), 0);

const toggle = (page: Page, provider: PeerProvider) =>
  page.locator(`.compare label[data-provider="${provider}"] input`);

/** Turns a layer on or off as a reader would: a click, or Tab to it and Space. */
async function flip(page: Page, provider: PeerProvider, by: 'pointer' | 'keyboard') {
  const input = toggle(page, provider);
  if (by === 'pointer') {
    await page.locator(`.compare label[data-provider="${provider}"]`).click();
  } else {
    await input.focus();
    await page.keyboard.press('Space');
  }
}

/**
 * What the map showed when it first said it was ready, and how often its countries moved after
 * that: the view fits every provider's regions asked for, so they come with it.
 */
async function watchFirstView(page: Page): Promise<() => Promise<object>> {
  await page.addInitScript(() => {
    const first = { pins: undefined as string | undefined, moves: 0 };
    Object.assign(window, { firstView: first });
    new MutationObserver((records) => {
      // The map may come into the page already ready (a fresh mount): looked for on every change.
      if (first.pins === undefined && document.querySelector('[data-map-state="ready"]')) {
        first.pins =
          document.querySelector('[data-rendered-pins]')?.getAttribute('data-rendered-pins') ?? '';
        return;
      }
      for (const { target, attributeName } of records) {
        if (first.pins === undefined || !attributeName) continue;
        if ((target as Element).matches('[data-land]')) first.moves++;
      }
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-map-state', 'd', 'transform'],
    });
  });
  return () => page.evaluate(() => (window as unknown as { firstView: object }).firstView);
}

/** Once `boot.js` is done with the build's view with the layers asked for, whatever came of it. */
const layerViewIn = (page: Page) =>
  page.waitForFunction(() => !document.documentElement.hasAttribute('data-layer-view-pending'));

/**
 * Marks the page's country path now; the function returned tells whether the page still has that
 * node (the app took the view over) or another (it drew the map again).
 */
async function markLand(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const marked = document.querySelector('path[data-land]') as Element & { kept?: boolean };
    marked.kept = true;
  });
  return () =>
    page.evaluate(
      () =>
        (document.querySelector('path[data-land]') as Element & { kept?: boolean }).kept === true,
    );
}

describe('comparing with other providers', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    for (const width of [1280, 375]) {
      it(`turns each layer on and off by pointer and keyboard (${lang}, ${width} px)`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        const errors = collectErrors(page);
        const fetched: string[] = [];
        page.on('request', (request) => fetched.push(request.url()));
        const folder = lang === 'en' ? '' : `${lang}/`;
        await page.goto(`${baseUrl}${folder}view/${YEAR}/`);
        expect(await mapState(page)).toBe('ready');
        // Off by default: Alibaba's pins alone, and no other provider's dataset was fetched.
        expect(await renderedPins(page)).toBe(expectedPins([]));
        expect(fetched.filter((url) => /\/assets\/(aws|azure|google)-/.test(url))).toEqual([]);

        await flip(page, 'aws', 'pointer');
        await expect.poll(() => renderedPins(page)).toBe(expectedPins(['aws']));
        expect(await toggle(page, 'aws').isChecked()).toBe(true);
        expect(new URL(page.url()).searchParams.get('compare')).toBe('aws');
        expect(fetched.some((url) => /\/assets\/aws-[\w-]+\.js$/.test(url))).toBe(true);
        expect(fetched.some((url) => /\/assets\/(azure|google)-[\w-]+\.js$/.test(url))).toBe(false);

        await flip(page, 'azure', 'keyboard');
        await expect.poll(() => renderedPins(page)).toBe(expectedPins(['aws', 'azure']));
        expect(new URL(page.url()).searchParams.get('compare')).toBe('aws,azure');
        // The key has a line for each, and the year's numbers count each provider apart.
        const key = page.locator('.legend li');
        await expect.poll(() => key.count()).toBe(8);
        const counts = page.locator('.summary .providers');
        expect(await counts.locator('[data-provider="aws"] dd').textContent()).toBe(
          String(running(AWS)),
        );
        expect(await counts.locator('[data-provider="azure"] dd').textContent()).toBe(
          String(running(AZURE)),
        );
        // Alibaba's own count stays Alibaba's.
        expect(await page.locator('.summary .counts dd').first().textContent()).toBe(
          String(running(REGIONS)),
        );

        await flip(page, 'aws', 'keyboard');
        await expect.poll(() => renderedPins(page)).toBe(expectedPins(['azure']));
        await flip(page, 'google', 'pointer');
        await expect.poll(() => renderedPins(page)).toBe(expectedPins(['azure', 'google']));
        expect(new URL(page.url()).searchParams.get('compare')).toBe('azure,google');

        // Back undoes the last switch, as it undoes a year.
        await page.goBack();
        await expect.poll(() => renderedPins(page)).toBe(expectedPins(['azure']));
        expect(await toggle(page, 'google').isChecked()).toBe(false);

        await screenshot(page, `compare-${lang}-${width}`);
        expect(await axeViolations(page)).toEqual([]);
        await flip(page, 'azure', 'pointer');
        await expect.poll(() => renderedPins(page)).toBe(expectedPins([]));
        expect(new URL(page.url()).searchParams.has('compare')).toBe(false);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }

  it('keeps every crowd’s count inside a phone’s map with every layer on', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${baseUrl}view/${YEAR}/?compare=aws,azure,google`);
    expect(await mapState(page)).toBe('ready');
    // A crowd at the edge of the world view wore its count past the map's edge, cut in half.
    const cut = () =>
      page.evaluate(() => {
        const box = document.querySelector('[data-pin-layer]')!.getBoundingClientRect();
        return [...document.querySelectorAll('[data-pin-layer] .cluster')]
          .filter((cluster) => {
            const count = cluster.querySelector('.count')!.getBoundingClientRect();
            // The map's box is laid out to the half pixel, its scene to the pixel.
            return (
              count.left < box.left - 1 ||
              count.right > box.right + 1 ||
              count.top < box.top - 1 ||
              count.bottom > box.bottom + 1
            );
          })
          .map((cluster) => cluster.getAttribute('aria-label'));
      });
    expect(await page.locator('[data-pin-layer] .cluster').count()).toBeGreaterThan(0);
    expect(await cut()).toEqual([]);
    // Turned to landscape and back: the counts are placed again for each width.
    const layerWidth = () =>
      page.evaluate(() => document.querySelector('[data-pin-layer]')!.clientWidth);
    await page.setViewportSize({ width: 800, height: 375 });
    await expect.poll(layerWidth).toBeGreaterThan(375);
    expect(await cut()).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    await expect.poll(layerWidth).toBe(375);
    await expect.poll(cut).toEqual([]);
    await page.close();
  });

  it('opens another provider’s region from the list, its provider named in its story', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}view/${YEAR}/?compare=google`);
    // The HTML shows the layers before the app runs; its list and buttons answer once it has.
    expect(await mapState(page)).toBe('ready');
    await expect.poll(() => renderedPins(page), FIRST_LOAD).toBe(expectedPins(['google']));
    await page.locator('[data-provider-filter]').selectOption('google');
    const rows = page.locator('#region-list tbody tr');
    // The list follows the map's frame: it may still be filling in.
    await expect.poll(() => rows.count()).toBe(shown(GOOGLE));
    const london = GOOGLE.find((region) => region.regionId === 'europe-west2')!;
    await page.locator(`#region-row-${london.id} button.link`).click();
    const panel = page.locator('#region-panel');
    await expect.poll(() => panel.locator('[data-provider]').textContent()).toMatch(/Google Cloud/);
    expect(await panel.locator('.code').textContent()).toBe('europe-west2');
    // The address names the region in the query: another provider's region has no page of its own.
    const address = new URL(page.url());
    expect(address.pathname).toMatch(/\/view\/2026\/$/);
    expect(address.searchParams.get('region')).toBe(london.id);
    // A reload restores it all from the address.
    await page.reload();
    await expect
      .poll(() => page.locator('[data-chosen]').getAttribute('data-chosen'))
      .toBe(london.id);
    await page.close();
  });

  for (const view of ['', 'embed.html'] as const) {
    it(`shows the layers the address asks for in its first view, which never moves (${view || 'page'})`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors = collectErrors(page);
      const firstView = await watchFirstView(page);
      await page.goto(`${baseUrl}view/${YEAR}/${view}?compare=aws,azure,google`);
      const all = expectedPins(['aws', 'azure', 'google']);
      // Pins can be drawn before the country shapes have come: ready is when both are.
      expect(await mapState(page)).toBe('ready');
      await expect.poll(() => renderedPins(page), FIRST_LOAD).toBe(all);
      expect(await firstView()).toEqual({ pins: String(all), moves: 0 });
      await screenshot(page, `compare-from-address-${view ? 'embed' : 'page'}-1280`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  for (const view of ['', 'embed.html'] as const) {
    it(`paints the build’s view with the layers asked for before the app runs, and the app takes it over (${view || 'page'})`, async () => {
      const url = `${baseUrl}view/${YEAR}/${view}?compare=aws,azure`;
      const want = expectedPins(['aws', 'azure']);
      const drawnPins = (page: Page) =>
        page.locator('#app svg [data-drawn-pin]:not([display="none"])').count();

      // Without the app's scripts: what the HTML and boot.js show by themselves.
      const bare = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await bare.route(/\/start-page-[\w-]+\.js$/, (route) => route.abort());
      // What the page holds when the view shows (the HTML's map no longer hidden as stale).
      await bare.addInitScript(() => {
        const observer = new MutationObserver(() => {
          const root = document.documentElement;
          if (!root.hasAttribute('data-layer-view-pending') || root.matches('.prerender-stale')) {
            return;
          }
          observer.disconnect();
          Object.assign(window, {
            shownFirst: {
              pins: document.querySelectorAll('#app svg [data-drawn-pin]:not([display="none"])')
                .length,
              rows: document.querySelectorAll('#region-list tr').length,
            },
          });
        });
        observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
      });
      await bare.goto(url);
      await layerViewIn(bare);
      // The map comes whole, the list after it: the first paint waits for the map alone.
      expect(
        await bare.evaluate(() => (window as unknown as { shownFirst: object }).shownFirst),
      ).toEqual({ pins: want, rows: 0 });
      expect(await bare.evaluate(() => document.documentElement.className)).not.toContain('stale');
      expect(await drawnPins(bare)).toBe(want);
      // Its pins are links to their stories, as the HTML's are, the other providers' too.
      expect(await bare.locator('[data-pin-link^="aws-"]').count()).toBeGreaterThan(0);
      // The HTML's countries, moved to the view that fits every layer.
      expect(await bare.locator('path[data-land]').getAttribute('d')).toMatch(/^M/);
      expect(await bare.locator('path[data-land]').getAttribute('transform')).toMatch(/^matrix/);
      // The side column and the list, left out of the first frame, show after it.
      if (!view) {
        const shown = () =>
          bare.evaluate(() =>
            [...document.querySelectorAll('[data-after-map] > :first-child')].map((part) =>
              part.checkVisibility(),
            ),
          );
        await expect.poll(shown).toEqual([true, true, true]);
        // Every other provider's regions among the list's rows.
        expect(await bare.locator('#region-list tbody tr').count()).toBe(want);
      }
      await bare.close();

      // With them: the app takes that view over where it stands, its nodes and pins kept.
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors = collectErrors(page);
      await page.goto(url);
      await layerViewIn(page);
      const landKept = await markLand(page);
      expect(await mapState(page)).toBe('ready');
      expect(await renderedPins(page)).toBe(want);
      expect(await landKept()).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('keeps the build’s view with the layers when one of them comes after the app’s wait', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectErrors(page);
    const firstView = await watchFirstView(page);
    // AWS's regions come later than the app waits for a layer before it starts (`LAYERS_WAIT_MS`).
    await page.route(/\/assets\/aws-[\w-]+\.js$/, async (route) => {
      await new Promise((done) => setTimeout(done, LAYERS_WAIT_MS + 1000));
      await route.continue();
    });
    await page.goto(`${baseUrl}view/${YEAR}/?compare=aws,azure`);
    await layerViewIn(page);
    const landKept = await markLand(page);
    expect(await mapState(page)).toBe('ready');
    const all = expectedPins(['aws', 'azure']);
    await expect.poll(() => renderedPins(page), FIRST_LOAD).toBe(all);
    // Taken over with every layer, not without AWS's and then fitted again when they came.
    expect(await firstView()).toEqual({ pins: String(all), moves: 0 });
    expect(await landKept()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the layers afresh when the build’s view with them does not come', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route(/\/index\.aws-azure-google\.js$/, (route) => route.abort());
    await page.goto(`${baseUrl}view/${YEAR}/?compare=aws,azure,google`);
    expect(await mapState(page)).toBe('ready');
    await expect
      .poll(() => renderedPins(page), FIRST_LOAD)
      .toBe(expectedPins(['aws', 'azure', 'google']));
    await page.close();
  });

  it('draws the layers with MapLibre too, under Alibaba’s pins', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}view/${YEAR}/?compare=aws,azure,google`);
    await expect
      .poll(() => renderedPins(page), FIRST_LOAD)
      .toBe(expectedPins(['aws', 'azure', 'google']));
    await maplibreShown(page);
    // MapLibre counts what it draws itself, from the features of the tiles it draws.
    await expect
      .poll(() => renderedPins(page), { timeout: 20_000 })
      .toBe(expectedPins(['aws', 'azure', 'google']));
    await flip(page, 'azure', 'pointer');
    await expect
      .poll(() => renderedPins(page), { timeout: 20_000 })
      .toBe(expectedPins(['aws', 'google']));
    await screenshot(page, 'compare-maplibre-1280');
    // Back in years the regions not yet announced stand on MapLibre's layers unseen, uncounted.
    const back = 14;
    await page.locator('#year-slider').focus();
    for (let i = 0; i < back; i++) await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => renderedPins(page), { timeout: 20_000 })
      .toBe(expectedPins(['aws', 'google'], YEAR - back));
    expect(expectedPins(['aws', 'google'], YEAR - back)).toBeLessThan(
      expectedPins(['aws', 'google']),
    );
    await screenshot(page, `compare-maplibre-${YEAR - back}-1280`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('comparing in an embed', () => {
  it('writes the layers compared into the Embed dialog’s snippets and link', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}view/${YEAR}/?compare=aws,google`);
    expect(await mapState(page)).toBe('ready');
    await expect.poll(() => renderedPins(page), FIRST_LOAD).toBe(expectedPins(['aws', 'google']));
    await page.getByRole('button', { name: 'Embed' }).click();
    const textarea = page.locator('#embed-snippet');
    expect(await textarea.inputValue()).toContain(
      `src="${baseUrl}view/${YEAR}/embed.html?compare=aws,google"`,
    );
    expect(await page.locator('#embed-link').inputValue()).toBe(
      `${baseUrl}view/${YEAR}/?compare=aws,google`,
    );
    await page.getByLabel('Web component').check();
    expect(await textarea.inputValue()).toContain(`compare="aws,google"`);
    // A journalist can leave the layers out.
    await page.locator('[data-keep-compare]').uncheck();
    expect(await textarea.inputValue()).not.toContain('compare');
    await page.close();
  });

  for (const [lang, width] of [
    ['en', 650],
    ['zh-CN', 375],
  ] as const) {
    it(`turns layers on and off in the embed, by keyboard and pointer (${lang}, ${width} px)`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const errors = collectErrors(page);
      const folder = lang === 'en' ? '' : `${lang}/`;
      await page.goto(`${baseUrl}${folder}view/${YEAR}/embed.html`);
      expect(await mapState(page)).toBe('ready');
      const height = () =>
        page.evaluate(() => document.querySelector('.embed')!.getBoundingClientRect().height);
      const before = await height();
      await flip(page, 'google', 'keyboard');
      await expect.poll(() => renderedPins(page)).toBe(expectedPins(['google']));
      await flip(page, 'aws', 'pointer');
      await expect.poll(() => renderedPins(page)).toBe(expectedPins(['aws', 'google']));
      // A layer turned on never makes the embed taller: its switch is its key.
      expect(await height()).toBe(before);
      await flip(page, 'google', 'pointer');
      await expect.poll(() => renderedPins(page)).toBe(expectedPins(['aws']));
      await screenshot(page, `compare-embed-${lang}-${width}`);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('keeps its layers in an archived embed of the version that has them, and none before', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}v/2026-12-06/view/${YEAR}/embed.html?compare=azure`);
    expect(await mapState(page)).toBe('ready');
    await expect.poll(() => renderedPins(page)).toBe(expectedPins(['azure']));
    await flip(page, 'azure', 'keyboard');
    await expect.poll(() => renderedPins(page)).toBe(expectedPins([]));
    await flip(page, 'aws', 'pointer');
    await expect.poll(() => renderedPins(page)).toBe(expectedPins(['aws']));
    await screenshot(page, 'compare-archived-embed-375');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);

    // The version before the other providers joined the data has nothing to compare with.
    await page.goto(`${baseUrl}v/2026-12-04/view/${YEAR}/embed.html?compare=aws`);
    expect(await mapState(page)).toBe('ready');
    expect(await page.locator('.compare').count()).toBe(0);
    expect(await renderedPins(page)).toBe(
      JSON.parse(
        await (await fetch(`${baseUrl}v/2026-12-04/data/regions.json`)).text(),
      ).regions.filter((region: Region) => statusAt(region, YEAR) !== 'not-yet').length,
    );
    await page.close();
  });

  it('keeps the layers in the web component’s `compare` attribute', async () => {
    const page = await browser.newPage({ viewport: { width: 650, height: 900 } });
    await page.goto(`${article.origin}/`);
    const element = page.locator('alibaba-cloud-map');
    await element.scrollIntoViewIfNeeded();
    await expect
      .poll(() => element.getAttribute('data-map-state'), { timeout: 30_000 })
      .toBe('ready');
    await expect.poll(() => renderedPins(page)).toBe(expectedPins(['google']));
    await element.evaluate((node) => node.setAttribute('compare', 'aws,google'));
    await expect.poll(() => renderedPins(page)).toBe(expectedPins(['aws', 'google']));
    await flip(page, 'google', 'pointer');
    await expect.poll(() => element.getAttribute('compare')).toBe('aws');
    await page.close();
  });
});
