/** What the map guarantees against hostile input and strict hosts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launch, maplibreShown, mapState } from './browser';
import { articleHtml, serveFolder, servePages, type TestServer } from './servers';

const baseUrl = inject('baseUrl');
const DIST = join(import.meta.dirname, '../../dist');
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; worker-src 'self'; " +
  "connect-src 'self'; img-src 'self' data: blob:";

let browser: Browser;
let strictSite: TestServer;
let articles: TestServer;
const articleBodies = new Map<string, string>();

beforeAll(async () => {
  browser = await launch();
  strictSite = await serveFolder(DIST, { 'Content-Security-Policy': STRICT_CSP });
  articles = await servePages((path) => articleHtml(articleBodies.get(path) ?? ''));
});

afterAll(async () => {
  await browser?.close();
  await strictSite?.close();
  await articles?.close();
});

/** Records Content-Security-Policy violations from the first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return () =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

const HOSTILE_QUERIES = [
  '?year=%3Cscript%3Ealert(1)%3C%2Fscript%3E&region=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '?region=__proto__&year=1e309',
  '?region=constructor&theme=javascript:alert(1)',
  '?year=NaN&year=2016&region=paris%00',
  `?region=${'a'.repeat(5000)}`,
  '?year=%E0%A4%A&region=%&theme=%zz',
  '?embed=1&region=%3Csvg%20onload%3Dalert(1)%3E&theme=dark%3Bbackground%3Aurl(x)',
  '?embed=javascript:alert(1)&year=-Infinity',
];

describe('hostile input', () => {
  it.each(HOSTILE_QUERIES.map((query) => [query.slice(0, 80), query]))(
    'survives %s: ready, no error, no dialog, no injected node',
    async (_, query) => {
      const page = await browser.newPage();
      const errors = collectErrors(page);
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${baseUrl}${query}`);
      expect(await mapState(page)).toBe('ready');
      const injected = await page.evaluate(() => ({
        images: document.querySelectorAll('img[src="x"], img[onerror]').length,
        svgOnload: document.querySelectorAll('svg[onload]').length,
        inlineScripts: [...document.scripts].filter((script) => !script.src).length,
      }));
      expect(injected).toEqual({ images: 0, svgOnload: 0, inlineScripts: 0 });
      expect(await page.locator('#region-panel').count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('ignores hostile attributes on the custom element', async () => {
    articleBodies.set(
      '/hostile-element.html',
      `<script type="module" src="${baseUrl}embed.js"></script>
<alibaba-cloud-map year="&lt;script&gt;" region="__proto__" theme="javascript:alert(1)"></alibaba-cloud-map>`,
    );
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${articles.origin}/hostile-element.html`);
    const element = page.locator('alibaba-cloud-map');
    await expect
      .poll(() => element.getAttribute('data-map-state'), { timeout: 30_000 })
      .toBe('ready');
    for (const [name, value] of [
      ['year', '1e309'],
      ['year', 'NaN'],
      ['region', 'constructor'],
      ['region', `${'x'.repeat(5000)}`],
      ['theme', '<img src=x onerror=alert(1)>'],
    ] as const) {
      await element.evaluate((node, [n, v]) => node.setAttribute(n, v), [name, value] as [
        string,
        string,
      ]);
    }
    expect(await page.locator('#region-panel').count()).toBe(0);
    // The element's own markup lives in its shadow root: look there, not only in the article.
    expect(
      await element.evaluate(
        (node) =>
          document.querySelectorAll('img[src="x"]').length +
          (node.shadowRoot?.querySelectorAll('img[src="x"], img[onerror]').length ?? 1),
      ),
    ).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('strict hosts', () => {
  it('has no inline script in the built HTML', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/\ssrc=/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it.each(['', '?embed=1&region=paris'])(
    'works under a strict Content-Security-Policy with no violation (%s)',
    async (query) => {
      const page = await browser.newPage();
      const violations = await watchViolations(page);
      const errors = collectErrors(page);
      const response = await page.goto(`${strictSite.origin}/${query}`);
      expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
      expect(await mapState(page)).toBe('ready');
      await maplibreShown(page);
      await page.locator('#year-slider').focus();
      await page.keyboard.press('Home');
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});

describe('embed messages', () => {
  it('ignores forged resize messages from the wrong window, origin or shape', async () => {
    articleBodies.set(
      '/forged.html',
      `<iframe src="${baseUrl}?embed=1" title="Map" style="display:block;width:100%;height:300px;border:0" data-footprint-embed></iframe>
<script src="${baseUrl}embed-resize.js"></script>`,
    );
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${articles.origin}/forged.html`);
    const iframe = page.locator('iframe[data-footprint-embed]');
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await frame.waitForSelector('[data-map-state="ready"]');
    const content = await frame.evaluate(() =>
      Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height),
    );
    await expect.poll(() => iframe.evaluate((node) => node.style.height)).toBe(`${content}px`);
    const fitted = `${content}px`;
    // From the article's own window (right shape, wrong source and origin), then malformed ones.
    await page.evaluate(async () => {
      const type = 'alibaba-cloud-footprint:resize';
      for (const data of [
        { type, height: 3000 },
        { type, height: '3000' },
        { type, height: 3000, extra: 1 },
        JSON.stringify({ type, height: 3000 }),
      ]) {
        window.postMessage(data, '*');
      }
      const embed = document.querySelector('iframe')!.contentWindow!;
      embed.postMessage({ type, height: 3000 }, '*');
      embed.postMessage('<script>alert(1)</script>', '*');
      // Messages to a window arrive in the order they were sent: once this one is here, the
      // forged ones have been handled.
      await new Promise<void>((resolve) => {
        const onMessage = (event: MessageEvent) => {
          if (event.data !== 'handled') return;
          window.removeEventListener('message', onMessage);
          resolve();
        };
        window.addEventListener('message', onMessage);
        window.postMessage('handled', '*');
      });
    });
    expect(await iframe.evaluate((node) => node.style.height)).toBe(fitted);
    expect(errors).toEqual([]);
    await page.close();
  });
});
