/**
 * The map as a host serves it with nothing but the README's recipe: files typed by a stock MIME table
 * (Debian nginx's, which has no `.mjs` and types anything unknown as application/octet-stream),
 * under `nosniff` and the README's headers; and the web component on an article of another origin
 * under the Content-Security-Policy the README tells that article to send. Both the recipes are read
 * from README.md, so the README says what is tested.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { nginxContentType } from '../nginx-mime-types.mjs';
import { collectErrors, launch, screenshot } from './browser.ts';
import { articleHtml, serveFolder, servePages, type TestServer } from './servers.ts';

const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

/** The header lines of a fenced block that follows `marker` in the README, as name and value. */
function headersAfter(marker: string, host = ''): Record<string, string> {
  const at = README.indexOf(marker);
  if (at < 0) throw new Error(`README.md has no “${marker}”`);
  const block = /```[a-z]*\n([^]*?)```/.exec(README.slice(at))?.[1] ?? '';
  const headers: Record<string, string> = {};
  let name = '';
  for (const line of block.split('\n')) {
    const header = /^([A-Za-z-]+): (.*)$/.exec(line);
    if (header)
      [, name, headers[(name = header[1]!)]] = header as unknown as [string, string, string];
    else if (name && line.trim()) headers[name] += ` ${line.trim()}`;
  }
  for (const key of Object.keys(headers)) {
    headers[key] = headers[key]!.replaceAll('https://YOUR-HOST', host).trim();
  }
  return headers;
}

const SITE = inject('siteDir');
/** Where the host serves the map, as README's nginx recipe does. */
const MOUNT = '/footprint/';
let browser: Browser;
/** The built site on a stock host, with the headers README recommends for the map's host. */
let stockHost: TestServer;
let articles: TestServer;
const articleBodies = new Map<string, { html: string; csp?: string }>();

beforeAll(async () => {
  browser = await launch();
  stockHost = await serveFolder(SITE, {
    headers: headersAfter('recommend the map’s host sends'),
    reading: 'merged',
    typeOf: nginxContentType,
    mount: MOUNT,
  });
  articles = await servePages(
    (path) => articleHtml(articleBodies.get(path)?.html ?? ''),
    (path): Record<string, string> => {
      const csp = articleBodies.get(path)?.csp;
      return csp ? { 'Content-Security-Policy': csp } : {};
    },
  );
});

afterAll(async () => {
  await browser?.close();
  await stockHost?.close();
  await articles?.close();
});

/** Violations of any Content-Security-Policy, as the page reports them. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

/** Drags across the map, as a reader reaching for it does, and waits for MapLibre to draw. */
async function dragUntilMapLibre(page: Page, frame: Page | Frame = page): Promise<void> {
  const map = frame.locator('div.map[data-map-state="ready"]').first();
  await map.waitFor({ timeout: 30_000 });
  const box = (await map.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 3;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 90, y + 30, { steps: 8 });
  await page.mouse.up();
  await frame.waitForSelector('[data-map-renderer="maplibre"]', {
    state: 'attached',
    timeout: 45_000,
  });
}

describe('a stock static host (Debian nginx’s MIME table, nosniff, the README’s headers)', () => {
  it('types every script, style, page and data file the map loads as what it is', () => {
    const files = readdirSync(SITE, { recursive: true, encoding: 'utf8' });
    // A `.mjs` (MapLibre's worker as it ships) would be application/octet-stream there.
    expect(files.filter((file) => file.endsWith('.mjs'))).toEqual([]);
    const loaded = files.filter((file) => /\.(js|css|html|json|svg|png)$/.test(file));
    expect(loaded.length).toBeGreaterThan(100);
    expect(loaded.filter((file) => nginxContentType(file) === 'application/octet-stream')).toEqual(
      [],
    );
  });

  it.each([
    ['the full page', 'view/2026/', 1280],
    ['the full page at phone width', 'view/2026/paris/', 375],
  ])('starts MapLibre on %s at the first drag', async (_name, path, width) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const errors = collectErrors(page);
    const violations = await watchViolations(page);
    await page.goto(`${stockHost.origin}${MOUNT}${path}`);
    await dragUntilMapLibre(page);
    await screenshot(page, `stock-host-${width}`);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('starts MapLibre in the iframe embedded in an article of another origin', async () => {
    articleBodies.set('/iframe.html', {
      html: `<iframe src="${stockHost.origin}${MOUNT}view/2026/embed.html?region=paris" title="map"
        style="display:block;width:100%;height:720px;border:0"></iframe>`,
    });
    const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${articles.origin}/iframe.html`);
    await page.locator('iframe').scrollIntoViewIfNeeded();
    const inner = page.frames().find((f) => f.url().includes('embed.html'))!;
    await dragUntilMapLibre(page, inner);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the web component under the article’s Content-Security-Policy the README gives', () => {
  /** An article on its own origin that loads the element from the stock host, under `csp`. */
  async function articleWithElement(name: string, csp: string): Promise<Page> {
    const html = `<script type="module" src="${stockHost.origin}${MOUNT}embed.js"></script>
      <alibaba-cloud-map year="2026" region="paris"><a id="fallback"
        href="${stockHost.origin}${MOUNT}view/2026/paris/">Alibaba Cloud’s data-center regions, 2026 (interactive map)</a></alibaba-cloud-map>`;
    articleBodies.set(`/${name}.html`, { html, csp });
    return browser.newPage({ viewport: { width: 700, height: 900 } });
  }

  const readmeCsp = () =>
    headersAfter("the article's policy needs", stockHost.origin)['Content-Security-Policy']!;

  it('draws the map, starts MapLibre from a blob worker, and breaks no rule of the policy', async () => {
    const page = await articleWithElement('element', readmeCsp());
    const errors = collectErrors(page);
    const violations = await watchViolations(page);
    await page.goto(`${articles.origin}/element.html`);
    const element = page.locator('alibaba-cloud-map');
    await element.scrollIntoViewIfNeeded();
    await expect
      .poll(() => element.getAttribute('data-map-state'), { timeout: 30_000 })
      .toBe('ready');
    expect(await page.locator('#fallback').isVisible()).toBe(false);
    await dragUntilMapLibre(page);
    await screenshot(page, 'element-under-article-csp');
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    [
      'the map’s host missing from connect-src',
      (csp: string) => csp.replace(/connect-src [^;]*/, "connect-src 'self'"),
    ],
    ['inline styles refused', (csp: string) => csp.replace(/style-src [^;]*/, "style-src 'self'")],
  ])('shows its fallback link when the map cannot start: %s', async (_name, narrow) => {
    const page = await articleWithElement('narrow', narrow(readmeCsp()));
    await page.goto(`${articles.origin}/narrow.html`);
    const element = page.locator('alibaba-cloud-map');
    await expect
      .poll(() => element.getAttribute('data-map-state'), { timeout: 30_000 })
      .toBe('error');
    expect(await page.locator('#fallback').isVisible()).toBe(true);
    expect(await page.getByRole('slider').count()).toBe(0);
    await page.close();
  });
});
