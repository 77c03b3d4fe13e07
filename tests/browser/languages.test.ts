/**
 * The map in Simplified Chinese: chosen by the address, the browser or the switch; no English left
 * on the page, the embed or the story, the dataset's notes included (quotes, source titles and
 * proper names aside); the document's language always right; and only the reader's language's
 * words downloaded.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { englishIn } from '../proper-names.ts';
import { collectErrors, launch, maplibreShown, mapState, screenshot } from './browser.ts';

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
 * The Latin words shown (or named to a screen reader) in Chinese outside any other-language element,
 * sources and source lists aside, inside custom elements' shadow roots too, less the names a
 * Chinese reader meets as they are (see `proper-names.ts`): English left behind.
 */
async function englishLeft(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const foreign = (element: Element) => {
      const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
      return !lang.startsWith('zh');
    };
    const visit = (root: Node) => {
      const walker = document.createTreeWalker(
        root,
        NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT,
      );
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Element) {
          if (node.shadowRoot) visit(node.shadowRoot);
          // A published total's name credits its publisher: a proper name.
          const label = node.getAttribute('aria-label');
          if (label && !foreign(node) && !node.hasAttribute('data-published-total')) {
            found.push(label);
          }
          continue;
        }
        const element = node.parentElement;
        if (
          !element ||
          element.closest('script,style,[hidden],.sources,.cites,.as-table') ||
          foreign(element)
        )
          continue;
        found.push(node.textContent ?? '');
      }
    };
    visit(document.body);
    return found;
  });
  return [...new Set(texts.flatMap(englishIn))];
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
    // The address chooses Paris on the map, in Chinese; its story opens at the reader's ask.
    expect(await page.locator('[data-chosen] .line').textContent()).toMatch(/^法国（巴黎）：/);
    await page.getByRole('button', { name: '打开法国（巴黎）的详情' }).click();
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
    // The dataset's notes are the reader's Chinese, not English marked as such.
    expect(await page.locator('#region-panel .event span[lang="en"]').count()).toBe(0);
    expect(await page.locator('#region-panel .timeline').first().textContent()).toContain(
      '在云栖大会上宣布法国首个数据中心',
    );
    expect(await englishLeft(page)).toEqual([]);
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
    // The address is the Chinese view's own page, which a CMS embeds in Chinese.
    expect(new URL(page.url()).pathname).toMatch(/\/zh-CN\/view\/2016\/$/);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), SETTLE).toBe('en');
    expect(await page.locator('h1').textContent()).toContain('Alibaba Cloud’s');
    await page.goForward();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.lang), SETTLE)
      .toBe('zh-CN');
    expect(new URL(page.url()).pathname).toMatch(/\/zh-CN\/view\/2016\/$/);
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
    // The switch is busy until the Chinese file has arrived and been set aside.
    await expect.poll(() => languages.getAttribute('aria-busy'), SETTLE).toBeNull();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('h1').textContent()).toContain('Alibaba Cloud’s');
    await context.close();
  });

  it('writes the language into the Embed dialog’s snippets', async () => {
    const { context, page } = await open('?lang=zh-CN&year=2016');
    await page.getByRole('button', { name: '嵌入' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.locator('textarea').inputValue()).toContain('/zh-CN/view/2016/embed.html');
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
    expect(await map.locator('[data-chosen]').getAttribute('data-chosen')).toBe('frankfurt');
    expect(await map.locator('[data-chosen] .line').textContent()).toMatch(/^德国（法兰克福）：/);
    await context.close();
  });

  it.each([
    ['a Chinese view page, a region chosen', 'zh-CN/view/2016/dubai/', true, {}],
    ['the Chinese page of 2026, its milestones’ notes', 'zh-CN/view/2026/', false, {}],
    [
      'a Chinese embed page, a region chosen',
      'zh-CN/view/2019/embed.html?region=london',
      true,
      { viewport: { width: 650, height: 800 } },
    ],
  ] as Array<[string, string, boolean, BrowserContextOptions]>)(
    'shows %s in Chinese from the first paint, notes and all',
    async (_, path, regionOpen, options) => {
      // A reader whose browser asks for English: the folder decides.
      const { context, page, errors, requests } = await open(path, { locale: 'en-GB', ...options });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      // The HTML was rendered in Chinese: nothing to hide before the app has run.
      expect(
        await page.evaluate(() => (window as unknown as { hiddenAtStart: boolean }).hiddenAtStart),
      ).toBe(false);
      expect(await page.locator('h1, #embed-title').first().textContent()).toContain('阿里云');
      if (regionOpen) {
        // The region is marked on the map in Chinese; its story, opened, is Chinese too.
        expect(await page.locator('[data-chosen] .line').textContent()).toMatch(/（.+）：/);
        await page.locator('[data-chosen] button.story').click();
        await expect
          .poll(() => page.locator('#region-panel .timeline li').count(), SETTLE)
          .toBeGreaterThan(0);
        expect(await page.locator('#region-panel .event span[lang="en"]').count()).toBe(0);
      }
      expect(await englishLeft(page)).toEqual([]);
      expect(messageChunk(requests, 'en')).toBe(false);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('tells the Chinese story with no English left, in the article or the map', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}story-zh-CN.html`);
    const map = page.locator('alibaba-cloud-map');
    await expect.poll(() => map.getAttribute('data-map-state'), { timeout: 30_000 }).toBe('ready');
    // The story marks regions as the reader scrolls; the reader opens the last one's notes.
    await page.locator('[data-region]').last().scrollIntoViewIfNeeded();
    await expect.poll(() => map.getAttribute('region'), SETTLE).toBe('paris');
    await map.locator('[data-chosen] button.story').click();
    await expect
      .poll(() => map.locator('#region-panel .timeline li').count(), SETTLE)
      .toBeGreaterThan(0);
    expect(await englishLeft(page)).toEqual([]);
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
