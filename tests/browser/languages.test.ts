/**
 * The map in Simplified Chinese: chosen by the address, the browser or the switch; no English
 * interface left (notes, source titles and proper names aside, each marked with its language); the
 * document's language always right; and only the reader's language's words downloaded.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launch, maplibreShown, mapState, screenshot } from './browser';

const baseUrl = inject('baseUrl');
/** A language file loads on a busy machine: more than expect.poll's one second. */
const SETTLE = { timeout: 10_000 };
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Latin words a Chinese reader may meet in the interface: names of publishers, places without a
 * Chinese official name, formats, files and region IDs. Anything else in Latin letters outside an
 * element marked with another language is English left behind.
 */
const NAMES =
  /^(CSV|JSON|PNG|SVG|WebGL|Aliyun|Atlanta|Natural|Earth|world|atlas|regions|csv|json|geojson|CC|BY|Alibaba|Cloud|Footprint|iframe|Web|px|Ctrl|WordPress|Ghost|Discourse|worker|src|blob|[a-z]+-[a-z]+-\d)$/;

/** The Latin words shown (or named to a screen reader) in Chinese, outside any other-language element. */
async function englishLeft(page: Page): Promise<string[]> {
  const words = await page.evaluate(() => {
    const found: string[] = [];
    const foreign = (element: Element) => {
      const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
      return !lang.startsWith('zh');
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (
        !element ||
        element.closest('script,style,[hidden],.sources,.cites,.as-table') ||
        foreign(element)
      )
        continue;
      found.push(...(node.textContent?.match(/[A-Za-z]{2,}/g) ?? []));
    }
    for (const element of document.body.querySelectorAll('[aria-label]')) {
      // A published total's name credits its publisher: a proper name.
      if (foreign(element) || element.hasAttribute('data-published-total')) continue;
      found.push(...(element.getAttribute('aria-label')?.match(/[A-Za-z]{2,}/g) ?? []));
    }
    return found;
  });
  return [...new Set(words)].filter((word) => !NAMES.test(word));
}

async function open(path: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  // Whether the English map built into the HTML was hidden before the first paint.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { hiddenAtStart: boolean }).hiddenAtStart =
        document.documentElement.classList.contains('prerender-stale');
    });
  });
  await page.goto(`${baseUrl}${path}`);
  expect(await mapState(page)).toBe('ready');
  return { context, page, errors, requests };
}

const messageChunk = (requests: string[], lang: string) =>
  requests.some((url) => new RegExp(`/assets/${lang}-[\\w-]+\\.js$`).test(url));

describe('the map in Chinese', () => {
  const cases: Array<[string, string, BrowserContextOptions]> = [
    ['?lang=zh-CN', '?lang=zh-CN', {}],
    ['the embed view', 'embed.html?lang=zh-CN', { viewport: { width: 650, height: 800 } }],
    ['a browser asking for Chinese', '', { locale: 'zh-CN' }],
    [
      'a phone asking for Chinese',
      '?year=2016',
      { locale: 'zh', viewport: { width: 375, height: 740 } },
    ],
  ];

  it.each(cases)(
    'speaks Chinese for %s, and downloads no English words',
    async (name, path, options) => {
      const { context, page, errors, requests } = await open(path, options);
      await expect
        .poll(() => page.evaluate(() => document.documentElement.lang), SETTLE)
        .toBe('zh-CN');
      expect(
        await page.evaluate(() => (window as unknown as { hiddenAtStart: boolean }).hiddenAtStart),
      ).toBe(true);
      expect(await englishLeft(page)).toEqual([]);
      expect(messageChunk(requests, 'zh-CN')).toBe(true);
      expect(messageChunk(requests, 'en')).toBe(false);
      // Asked for by boot.js before the app's scripts ran, beside them.
      const preloads = await page
        .locator('head link[rel="modulepreload"]')
        .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
      expect(preloads.filter((href) => /\/zh-CN-[\w-]+\.js$/.test(href))).toHaveLength(1);
      const title = await page.locator('h1').first().textContent();
      expect(title).toContain('阿里云数据中心地域');
      await screenshot(page, `zh-${name.replace(/\W+/g, '-')}`);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('calls France 法国 and Paris 巴黎, in the panel, the list and on the map', async () => {
    const { context, page } = await open('?lang=zh-CN&year=2026&region=paris');
    await expect
      .poll(() => page.locator('#region-panel-title').textContent(), SETTLE)
      .toBe('法国（巴黎）');
    expect(await page.locator('#region-panel .place').textContent()).toContain('法国');
    const row = page.locator('#region-list tbody tr', { hasText: '法国（巴黎）' });
    expect(await row.locator('.country').textContent()).toBe('法国');
    expect(await row.locator('.status').textContent()).toBe('运营中');
    // The pin's accessible name and the name on the map.
    const pin = page.locator('[data-pin-id="paris"]');
    expect(await pin.getAttribute('aria-label')).toMatch(/^法国（巴黎）：自2026年/);
    expect(await page.locator('.pins-home').textContent()).toContain('法国（巴黎）');
    // Notes keep the language they were written in, and say so.
    const note = page.locator('#region-panel .event span[lang="en"]').first();
    expect(await note.count()).toBe(1);
    await context.close();
  });

  it('keeps English for English readers, with no Chinese words downloaded', async () => {
    const { context, page, requests } = await open('', { locale: 'en-GB' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(
      await page.evaluate(() => (window as unknown as { hiddenAtStart: boolean }).hiddenAtStart),
    ).toBe(false);
    expect(messageChunk(requests, 'zh-CN')).toBe(false);
    await context.close();
  });

  it('switches language on the full page without a reload; Back and Forward follow', async () => {
    const { context, page } = await open('?year=2016', { locale: 'en-GB' });
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: '中文' })
      .click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.lang), SETTLE)
      .toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toContain('阿里云');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh-CN');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), SETTLE).toBe('en');
    expect(await page.locator('h1').textContent()).toContain('Alibaba Cloud’s');
    await page.goForward();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.lang), SETTLE)
      .toBe('zh-CN');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh-CN');
    await context.close();
  });

  it('gives MapLibre’s own controls the new words on a switch', async () => {
    const { context, page } = await open('?year=2016', { locale: 'en-GB' });
    await maplibreShown(page);
    const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
    expect(await zoomIn.getAttribute('aria-label')).toBe('Zoom in');
    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: '中文' })
      .click();
    await expect.poll(() => zoomIn.getAttribute('aria-label'), SETTLE).toBe('放大');
    expect(await page.locator('.maplibregl-canvas').getAttribute('aria-label')).toBe('地图');
    await context.close();
  });

  it('ends in the language chosen last, however quickly the reader switches', async () => {
    const { context, page } = await open('?year=2016', { locale: 'en-GB' });
    const languages = page.getByRole('navigation', { name: 'Language' });
    // The Chinese file is still on its way when English is chosen again.
    await page.route(/\/zh-CN-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    await languages.getByRole('link', { name: '中文' }).click();
    await languages.getByRole('link', { name: 'English' }).click();
    await page.waitForResponse(/\/zh-CN-[\w-]+\.js$/);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('h1').textContent()).toContain('Alibaba Cloud’s');
    await context.close();
  });

  it('writes the language into the Embed dialog’s snippets', async () => {
    const { context, page } = await open('?lang=zh-CN&year=2016');
    await page.getByRole('button', { name: '嵌入' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.locator('textarea').inputValue()).toContain('lang=zh-CN');
    await dialog.getByRole('radio', { name: /Web 组件/ }).check();
    expect(await dialog.locator('textarea').inputValue()).toContain('lang="zh-CN"');
    expect(await englishLeft(page)).toEqual([]);
    await context.close();
  });

  it('keeps the element’s attributes changed while its language loads', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.route(/\/zh-CN-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.goto(`${baseUrl}story-zh-CN.html`, { waitUntil: 'domcontentloaded' });
    // A map added to the article, and changed before it has started (its words still loading).
    await page.evaluate(() => {
      const element = document.createElement('alibaba-cloud-map');
      element.id = 'late';
      element.setAttribute('lang', 'zh-CN');
      element.setAttribute('year', '2016');
      document.body.append(element);
      element.setAttribute('year', '2019');
      element.setAttribute('region', 'frankfurt');
    });
    const map = page.locator('#late');
    await expect.poll(() => map.getAttribute('data-map-state'), { timeout: 30_000 }).toBe('ready');
    expect(await map.locator('#year-slider').inputValue()).toBe('2019');
    expect(await map.locator('#region-panel-title').textContent()).toBe('德国（法兰克福）');
    await context.close();
  });

  it('tells the Chinese story, with the element speaking its lang attribute', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}story-zh-CN.html`);
    const map = page.locator('alibaba-cloud-map');
    await expect.poll(() => map.getAttribute('data-map-state'), { timeout: 30_000 }).toBe('ready');
    const root = map.locator('.footprint');
    expect(await root.getAttribute('lang')).toBe('zh-CN');
    expect(await root.locator('#embed-title').textContent()).toContain('阿里云数据中心地域');
    // The element follows a change of its attribute.
    await map.evaluate((element) => element.setAttribute('lang', 'en'));
    await expect.poll(() => root.getAttribute('lang'), SETTLE).toBe('en');
    await expect
      .poll(() => root.locator('#embed-title').textContent(), SETTLE)
      .toContain('Alibaba Cloud’s');
    await context.close();
  });
});
