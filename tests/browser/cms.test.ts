/**
 * Embeds that survive real CMSs: a view's address that a CMS can discover and embed, the embed view
 * inside WordPress's sandboxed oEmbed iframe speaking WordPress's protocol, the resize script on
 * pages with lazy iframes and two snippets, the web component's fallback, and the embed's height.
 * The WordPress end-to-end run is `npm run test:wordpress` (tests/wordpress/).
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EMBED_COLUMN_HEIGHT_PX, EMBED_TALLEST_PX } from '../../src/data/snippet.ts';
import { launch, mapState, screenshot } from './browser.ts';
import { articleHtml, serveFolder, servePages, type TestServer } from './servers.ts';

const baseUrl = inject('baseUrl');
/** The site as the tests built it (global-setup.ts). */
const DIST = inject('siteDir');
let browser: Browser;
/** The built site as the README asks hosts to serve it: open to every origin, the opaque one too. */
let corsSite: TestServer;
/** The built site from a host that sends no CORS header. */
let plainSite: TestServer;
let article: TestServer;
const articles = new Map<string, string>();

beforeAll(async () => {
  browser = await launch();
  corsSite = await serveFolder(DIST, { headers: { 'Access-Control-Allow-Origin': '*' } });
  plainSite = await serveFolder(DIST);
  article = await servePages((path) => articles.get(path) ?? 'not found');
});

afterAll(async () => {
  await browser?.close();
  await corsSite?.close();
  await plainSite?.close();
  await article?.close();
});

/** Warnings and errors in a page's console, less software-GL chatter. */
function hostConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (!['warning', 'error'].includes(message.type())) return;
    if (/WebGL|GPU stall|swiftshader/i.test(message.text())) return;
    messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return messages;
}

describe('a view’s address', () => {
  it('is a page that opens that view and names an oEmbed answer embedding the same view', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const address = `${baseUrl}view/2016/frankfurt/`;
    await page.goto(address);
    expect(await mapState(page)).toBe('ready');
    expect(await page.getByRole('slider', { name: 'Year' }).inputValue()).toBe('2016');
    // The view's region is marked on the map, its story a click away.
    expect(await page.locator('[data-chosen]').getAttribute('data-chosen')).toBe('frankfurt');
    const discovery = page.locator('link[rel="alternate"][type="application/json+oembed"]');
    const href = (await discovery.getAttribute('href'))!;
    expect(href).toBe(`${address}oembed.json`);
    const answer = (await (await fetch(href)).json()) as Record<string, unknown>;
    expect(answer).toMatchObject({
      version: '1.0',
      type: 'rich',
      width: 650,
      height: EMBED_COLUMN_HEIGHT_PX,
    });
    expect(answer.html).toContain(`src="${baseUrl}view/2016/embed.html?region=frankfurt"`);
    await page.close();
  });

  it('is what the address bar shows after a change, and a reload shows the same view', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}?year=2016`);
    await mapState(page);
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await slider.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => location.pathname)).toMatch(/\/view\/2017\/$/);
    await page.reload();
    await mapState(page);
    expect(await slider.inputValue()).toBe('2017');
    expect(await page.locator('link[type="application/json+oembed"]').getAttribute('href')).toBe(
      `${baseUrl}view/2017/oembed.json`,
    );
    await page.close();
  });
});

describe('inside WordPress’s sandboxed oEmbed iframe', () => {
  /**
   * What WordPress prints for a discovered embed (wp_filter_oembed_result) and what its wp-embed.js
   * does with the frame's messages: the frame hidden until a message with its secret comes from
   * it, the height clamped to 200-1000 px, a link followed only to the frame's own host.
   */
  const wordpressPost = (src: string) =>
    articleHtml(`<blockquote class="wp-embedded-content" data-secret="Ab12Cd34Ef"><a href="${src}">Map</a></blockquote>
<iframe sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"
  src="${src}#?secret=Ab12Cd34Ef" data-secret="Ab12Cd34Ef" width="650" height="720" frameborder="0"
  class="wp-embedded-content"></iframe>
<script>
  window.heard = [];
  addEventListener('message', function (event) {
    var data = event.data, frame = document.querySelector('iframe[data-secret="' + data.secret + '"]');
    if (!frame || event.source !== frame.contentWindow) return;
    window.heard.push(data);
    document.querySelector('blockquote[data-secret="' + data.secret + '"]').style.display = 'none';
    frame.removeAttribute('style');
    if (data.message === 'height') frame.height = Math.min(1000, Math.max(200, parseInt(data.value, 10)));
    if (data.message === 'link' && new URL(data.value).host === new URL(frame.src).host) window.followed = data.value;
  });
</script>`);

  async function open(width: number): Promise<{ page: Page; frame: Frame; messages: string[] }> {
    articles.set(
      '/wordpress',
      wordpressPost(`${corsSite.origin}/?embed=1&year=2016&region=frankfurt`),
    );
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const messages = hostConsole(page);
    await page.goto(`${article.origin}/wordpress`);
    const handle = await page.waitForSelector('iframe.wp-embedded-content');
    await handle.scrollIntoViewIfNeeded();
    const frame = (await handle.contentFrame())!;
    await frame.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
    return { page, frame, messages };
  }

  it.each([650, 375])(
    'shows the map at its content’s height at %i px, by WordPress’s messages',
    async (width) => {
      const { page, frame, messages } = await open(width);
      const content = () =>
        frame.evaluate(() =>
          Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height),
        );
      const outer = () =>
        page.evaluate(() => document.querySelector('iframe.wp-embedded-content')!.clientHeight);
      await expect.poll(async () => (await outer()) - (await content())).toBe(0);
      expect(await content()).toBeLessThanOrEqual(1000);
      // WordPress shows the frame once it speaks, and hides the fallback link.
      expect(await page.locator('blockquote.wp-embedded-content').isVisible()).toBe(false);
      expect(await page.locator('iframe.wp-embedded-content').getAttribute('style')).toBeNull();
      // The sandbox has an opaque origin; the map still runs in it, from the host's CORS files.
      expect(await frame.evaluate(() => self.origin)).toBe('null');
      expect(await frame.locator('[data-chosen]').getAttribute('data-chosen')).toBe('frankfurt');
      // A story opens over the map inside the sandbox too, and leaves the frame's height alone.
      const before = await content();
      await frame.locator('[data-chosen] button.story').click();
      expect(await frame.locator('#region-panel-title').textContent()).toBe('Frankfurt');
      expect(await content()).toBe(before);
      expect(messages).toEqual([]);
      await screenshot(page, `wordpress-sandbox-${width}`);
      await page.close();
    },
  );

  it('sends links out through WordPress, since the sandbox blocks new windows and downloads', async () => {
    const { page, frame } = await open(650);
    // No download that the sandbox would swallow: the data and picture are on the full map.
    expect(await frame.locator('a[download]').count()).toBe(0);
    await frame.getByRole('link', { name: /Full map/ }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { followed?: string }).followed))
      .toBe(`${corsSite.origin}/view/2016/frankfurt/`);
    await page.close();
  });
});

describe('the resize script', () => {
  const snippet = (year: number) =>
    `<iframe src="${corsSite.origin}/?embed=1&amp;year=${year}" title="Map ${year}" loading="lazy"
  style="display:block;width:100%;height:720px;border:0" data-footprint-embed></iframe>
<script src="${corsSite.origin}/embed-resize.js" async></script>`;

  it('fits two lazy maps on one page, runs once, and leaves no warning on the page', async () => {
    // Counts the message listeners the page adds, to see how many copies of the script run.
    const counter = `<script>window.listeners = 0; var add = window.addEventListener;
window.addEventListener = function (type) { if (type === 'message') window.listeners++; return add.apply(this, arguments); };</script>`;
    const filler = '<div style="height:2400px"></div>';
    articles.set(
      '/two',
      articleHtml(`${counter}${filler}${snippet(2016)}${filler}${snippet(2024)}`),
    );
    const page = await browser.newPage({ viewport: { width: 800, height: 700 } });
    const messages = hostConsole(page);
    await page.goto(`${article.origin}/two`);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (window as unknown as { listeners: number }).listeners)).toBe(
      1,
    );
    for (const year of [2016, 2024]) {
      const handle = page.locator(`iframe[title="Map ${year}"]`);
      await handle.scrollIntoViewIfNeeded();
      const frame = (await (await handle.elementHandle())!.contentFrame())!;
      await frame.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
      const content = await frame.evaluate(() =>
        Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height),
      );
      await expect.poll(async () => (await handle.boundingBox())!.height).toBe(content);
    }
    expect(messages).toEqual([]);
    await page.close();
  });
});

describe('the web component’s fallback', () => {
  it('is a link to the same view that stays when the element’s script is blocked', async () => {
    const page = await browser.newPage();
    await page.goto(`${plainSite.origin}/view/2016/frankfurt/`);
    await page.getByRole('button', { name: 'Embed' }).click();
    await page.getByLabel('Web component').check();
    const written = await page.locator('#embed-snippet').inputValue();
    await page.close();
    // The map's host sends no CORS header here, so the article cannot load embed.js.
    articles.set('/blocked', articleHtml(written));
    const article2 = await browser.newPage();
    await article2.goto(`${article.origin}/blocked`);
    const link = article2.locator('alibaba-cloud-map a');
    await expect.poll(() => link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe(
      `${plainSite.origin}/view/2016/frankfurt/?lang=en`,
    );
    await article2.close();
  });
});

describe('the embed’s height', () => {
  it('stays within what the Embed dialog and the oEmbed answer promise, in every year', async () => {
    for (const width of [300, 375, 650, 1200]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${baseUrl}?embed=1&year=2009`);
      await mapState(page);
      const slider = page.getByRole('slider', { name: 'Year' });
      const last = Number(await slider.getAttribute('max'));
      const limit = width === 650 ? EMBED_COLUMN_HEIGHT_PX : EMBED_TALLEST_PX;
      await slider.focus();
      for (let year = 2009; year <= last; year++) {
        if (year > 2009) await slider.press('ArrowRight');
        await expect.poll(() => slider.inputValue()).toBe(String(year));
        const height = await page.evaluate(() =>
          Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height),
        );
        expect(height, `${year} at ${width} px`).toBeLessThanOrEqual(limit);
      }
      await page.close();
    }
  });
});
