import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REGIONS } from '../../src/data/regions.ts';
import { statusAt } from '../../src/data/status.ts';
import { articleHtml, servePages, type TestServer } from './servers.ts';
import {
  collectErrors,
  launch,
  maplibreShown,
  mapState,
  pinUncovered,
  screenshot,
  SCREENSHOTS,
} from './browser.ts';

const baseUrl = inject('baseUrl');
const siteOrigin = new URL(baseUrl).origin;
let browser: Browser;
let article: TestServer;
let articleOrigin = '';
/** Snippets as the Embed dialog writes them, keyed by form. */
const snippets: Record<'iframe' | 'web-component', string> = { iframe: '', 'web-component': '' };

beforeAll(async () => {
  browser = await launch();
  article = await servePages((path) =>
    articleHtml(snippets[path.includes('element') ? 'web-component' : 'iframe']),
  );
  articleOrigin = article.origin;

  // Copy both snippets out of the real dialog, as a journalist would.
  const page = await browser.newPage();
  await page.goto(`${baseUrl}?year=2016&region=frankfurt`);
  await page.getByRole('button', { name: 'Embed' }).click();
  const textarea = page.locator('#embed-snippet');
  snippets.iframe = await textarea.inputValue();
  await page.getByLabel('Web component').check();
  snippets['web-component'] = await textarea.inputValue();
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await article?.close();
});

/** Opens an article and records every request the page and its frames make. */
async function openArticle(path: string, viewport = { width: 1024, height: 800 }) {
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const errors = collectErrors(page);
  await page.goto(`${articleOrigin}${path}`);
  return { page, requests, errors };
}

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[data-footprint-embed]');
  await handle.scrollIntoViewIfNeeded();
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
  return frame;
}

/** The iframe's height on the page and the height of the content inside it, once they agree. */
async function heights(page: Page, frame: Frame) {
  const content = await frame.evaluate(() =>
    Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height),
  );
  const outer = await page.evaluate(
    () => document.querySelector('iframe[data-footprint-embed]')!.getBoundingClientRect().height,
  );
  return { content, outer };
}

function outsideRequests(requests: string[]): string[] {
  return requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    const origin = new URL(url).origin;
    return origin !== siteOrigin && origin !== articleOrigin;
  });
}

describe('embedding', () => {
  it('writes snippets that keep the state', () => {
    expect(snippets.iframe).toContain(`src="${baseUrl}view/2016/embed.html?region=frankfurt"`);
    const script =
      /<script src="([^"]+)" integrity="(sha384-[^"]+)" crossorigin="anonymous" async><\/script>/.exec(
        snippets.iframe,
      );
    expect(script?.[1]).toMatch(new RegExp(`^${baseUrl}embed-resize\\.[0-9a-f]{16}\\.js$`));
    // The build wrote that file, and the hash is the hash of what it wrote.
    const built = readFileSync(join(inject('siteDir'), script![1]!.slice(baseUrl.length)));
    expect(script?.[2]).toBe(`sha384-${createHash('sha384').update(built).digest('base64')}`);
    expect(snippets['web-component']).toContain(
      '<alibaba-cloud-map year="2016" region="frankfurt" theme="light" lang="en">',
    );
  });

  it('fits the responsive iframe to its content, also after a resize to phone width', async () => {
    const { page, requests, errors } = await openArticle('/iframe.html');
    const frame = await embedFrame(page);
    await expect
      .poll(async () => {
        const { content, outer } = await heights(page, frame);
        return Math.abs(content - outer);
      })
      .toBeLessThanOrEqual(1);
    expect(await frame.locator('[data-chosen]').getAttribute('data-chosen')).toBe('frankfurt');
    await screenshot(page, 'embed-iframe-article');

    await page.setViewportSize({ width: 375, height: 740 });
    await expect
      .poll(async () => {
        const { content, outer } = await heights(page, frame);
        return Math.abs(content - outer);
      })
      .toBeLessThanOrEqual(1);
    const overflow = await frame.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await screenshot(page, 'embed-iframe-phone');
    expect(outsideRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a resize script that is not the one the snippet names, and keeps the fixed height', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/integrity/i.test(message.text())) blocked.push(message.text());
    });
    // The map's host now answers with other code under the same name.
    await page.route(/embed-resize\.[0-9a-f]{16}\.js$/, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: 'document.title = "owned";',
      }),
    );
    await page.goto(`${articleOrigin}/iframe.html`);
    await embedFrame(page);
    await expect.poll(() => blocked.length).toBeGreaterThan(0);
    expect(await page.title()).not.toBe('owned');
    const height = await page.evaluate(
      () => document.querySelector<HTMLIFrameElement>('iframe[data-footprint-embed]')!.style.height,
    );
    expect(height).toMatch(/^\d+px$/);
    expect(snippets.iframe).toContain(`height:${height}`);
    await page.close();
  });

  it('lets a wheel over the map scroll the article, not zoom the map', async () => {
    const { page } = await openArticle('/iframe.html');
    const frame = await embedFrame(page);
    const box = (await page.locator('iframe[data-footprint-embed]').boundingBox())!;
    const mapBox = (await frame.locator('[data-map-state]').boundingBox())!;
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.move(
      box.x + mapBox.x + mapBox.width / 2,
      box.y + mapBox.y + mapBox.height / 2,
    );
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
    await page.close();
  });

  it('runs the web component from another origin, styles inside, reacting to its attributes', async () => {
    const { page, requests, errors } = await openArticle('/element.html');
    const element = page.locator('alibaba-cloud-map');
    await element.scrollIntoViewIfNeeded();
    await expect
      .poll(() => element.getAttribute('data-map-state'), { timeout: 30_000 })
      .toBe('ready');
    expect(await page.locator('#year-slider').inputValue()).toBe('2016');
    // Its links lead to the map's own site, at its root (the element's code sits in assets/).
    expect(await element.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe(
      `${baseUrl}data/regions.csv`,
    );
    // No stylesheet of ours leaks into the article.
    expect(
      await page.evaluate(
        () => document.head.querySelectorAll('style, link[rel=stylesheet]').length,
      ),
    ).toBe(1);

    await element.evaluate((node) => node.setAttribute('year', '2024'));
    await expect.poll(() => page.locator('#year-slider').inputValue()).toBe('2024');
    const expected2024 = REGIONS.filter((r) => statusAt(r, 2024) !== 'not-yet').length;
    await expect
      .poll(() => page.locator('[data-rendered-pins]').getAttribute('data-rendered-pins'))
      .toBe(String(expected2024));

    await element.evaluate((node) => node.setAttribute('region', 'sydney'));
    await expect
      .poll(() => page.locator('[data-chosen]').getAttribute('data-chosen'))
      .toBe('sydney');
    expect(await page.locator('#region-panel-title').count()).toBe(0);

    await page.locator('#year-slider').focus();
    await page.keyboard.press('Home');
    const first = await page.locator('#year-slider').inputValue();
    await expect.poll(() => element.getAttribute('year')).toBe(first);
    await screenshot(page, 'embed-web-component');
    expect(outsideRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([375, 650])(
    'opens on the map at %i px: the snippet’s region marked, uncovered, its story a click away',
    async (width) => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${baseUrl}view/2026/embed.html?region=paris`);
      expect(await mapState(page)).toBe('ready');
      expect(await page.locator('[data-chosen]').getAttribute('data-chosen')).toBe('paris');
      expect(await page.locator('[data-chosen]').textContent()).toContain('Paris, France');
      expect(await page.locator('#region-panel-title').count()).toBe(0);
      expect(await pinUncovered(page, 'paris')).toBe(true);
      await screenshot(page, `embed-chosen-${width}`);
      await page.getByRole('button', { name: 'Open the story of Paris' }).click();
      expect(await page.locator('#region-panel-title').textContent()).toBe('Paris');
      await page.keyboard.press('Escape');
      expect(await page.locator('#region-panel-title').count()).toBe(0);
      // Closing the story leaves the region marked, as the snippet chose it.
      expect(await page.locator('[data-chosen]').getAttribute('data-chosen')).toBe('paris');
      await page.close();
    },
  );

  it('fits widths from 300 to 1200 px with no horizontal scroll', async () => {
    for (const width of [300, 1200]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${baseUrl}?embed=1&year=2026`);
      expect(await mapState(page)).toBe('ready');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      expect(await page.locator('.masthead, .page').count()).toBe(0);
      expect(await page.locator('h1').textContent()).toMatch(
        /^Alibaba Cloud’s data-center regions/,
      );
      expect(await page.getByRole('link', { name: /Full map/ }).count()).toBe(1);
      await screenshot(page, `embed-view-${width}`);
      await page.close();
    }
  });

  it('is light by default, like the article around it, and dark only when the snippet asks', async () => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    const themeOf = async (query: string) => {
      await page.goto(`${baseUrl}${query}`);
      await mapState(page);
      return page.locator('.footprint').getAttribute('data-theme');
    };
    expect(await themeOf('?embed=1')).toBe('light');
    expect(await themeOf('?embed=1&theme=auto')).toBe('dark');
    expect(await themeOf('?embed=1&theme=dark')).toBe('dark');
    await screenshot(page, 'embed-dark');
    await page.close();
  });

  it('downloads the current view as a PNG with the year in its name', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}?year=2024`);
    await mapState(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'this view (PNG)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('alibaba-cloud-regions-2024.png');
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const mapBox = (await page.locator('[data-map-state]').boundingBox())!;
    // Twice the map's size, with title, key and source around it.
    expect(width).toBe(Math.round(mapBox.width) * 2);
    expect(height).toBeGreaterThan((mapBox.height + 100) * 2);
    await page.close();
  });

  it('makes a narrow PNG for a narrow embed, with the year as of now', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${baseUrl}?embed=1`);
    await mapState(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG' }).click(),
    ]);
    const png = readFileSync((await download.path())!);
    const mapBox = (await page.locator('[data-map-state]').boundingBox())!;
    expect(png.readUInt32BE(16)).toBe(Math.round(mapBox.width) * 2);
    writeFileSync(join(SCREENSHOTS, 'png-narrow.png'), png);
    await page.close();
  });
});

describe('the built maplibre worker', () => {
  it('is one self-contained file served from our own origin', async () => {
    const assets = join(inject('siteDir'), 'assets');
    const workers = readdirSync(assets).filter((name) => name.includes('worker'));
    expect(workers).toHaveLength(1);
    const code = readFileSync(join(assets, workers[0]!), 'utf8');
    // Self-contained: it pulls in no other emitted file (a chunk import would be a second request
    // that a strict worker-src or a cross-origin blob copy could not follow).
    expect(/\bfrom\s*["'`][./]|\bimport\s*\(\s*["'`][./]|\bimport\s*["'`][./]/.test(code)).toBe(
      false,
    );

    const page = await browser.newPage();
    const workerUrls: string[] = [];
    page.on('worker', (worker) => workerUrls.push(worker.url()));
    await page.goto(baseUrl);
    await maplibreShown(page);
    expect(workerUrls.length).toBeGreaterThan(0);
    for (const url of workerUrls) expect(new URL(url).origin).toBe(siteOrigin);
    await page.close();
  });
});
