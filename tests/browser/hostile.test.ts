/** What the map guarantees against hostile input and strict hosts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launch, maplibreShown, mapState } from './browser.ts';
import { articleHtml, serveFolder, servePages, type TestServer } from './servers.ts';

const baseUrl = inject('baseUrl');
/** The site as the tests built it (global-setup.ts). */
const DIST = inject('siteDir');
/** The policy README documents for the map's host, and the header it recommends beside it. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; worker-src 'self'; " +
  "connect-src 'self'; img-src 'self' data: blob:; base-uri 'none'; form-action 'none'; " +
  "object-src 'none'";
const STRICT_HEADERS = {
  'Content-Security-Policy': STRICT_CSP,
  'X-Content-Type-Options': 'nosniff',
};

let browser: Browser;
let strictSite: TestServer;
/** The same site, on a server that merges repeated slashes (as Apache and nginx do). */
let mergingSite: TestServer;
let articles: TestServer;
/** Another origin, for the frames an article also carries (an advert, say). */
let adverts: TestServer;
const advertBodies = new Map<string, string>();
const articleBodies = new Map<string, string>();

beforeAll(async () => {
  browser = await launch();
  strictSite = await serveFolder(DIST, { headers: STRICT_HEADERS });
  mergingSite = await serveFolder(DIST, { headers: STRICT_HEADERS, reading: 'merged' });
  adverts = await servePages((path) => advertBodies.get(path) ?? '');
  articles = await servePages((path) => articleHtml(articleBodies.get(path) ?? ''));
});

afterAll(async () => {
  await browser?.close();
  await strictSite?.close();
  await mergingSite?.close();
  await articles?.close();
  await adverts?.close();
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
  '?lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '?lang=__proto__&theme=constructor',
  '?lang=zh-CN%00&lang=en',
  `?lang=${'zh-CN'.repeat(1000)}`,
  '?embed=1&lang=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
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
<alibaba-cloud-map year="&lt;script&gt;" region="__proto__" theme="javascript:alert(1)" lang="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"></alibaba-cloud-map>`,
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
      ['lang', '__proto__'],
      ['lang', `${'zh-CN'.repeat(1000)}`],
      ['lang', '<img src=x onerror=alert(1)>'],
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

  it.each([
    ['the page', ''],
    ['the legacy embed', '?embed=1&region=paris'],
    ['a year’s page', 'view/2016/'],
    ['a region’s page', 'view/2026/paris/?lang=zh-CN'],
    ['a year’s embed', 'view/2016/embed.html?region=frankfurt&theme=dark'],
    ['the root’s embed', 'embed.html'],
    ['the story', 'story.html'],
    ['the Chinese story', 'story-zh-CN.html'],
  ])('works under a strict Content-Security-Policy with no violation: %s', async (_, address) => {
    const page = await browser.newPage();
    const violations = await watchViolations(page);
    const errors = collectErrors(page);
    const response = await page.goto(`${strictSite.origin}/${address}`);
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    expect(await mapState(page)).toBe('ready');
    await maplibreShown(page);
    const slider = page.locator('#year-slider').first();
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => slider.inputValue()).toBe('2009');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('hostile paths', () => {
  it.each([
    ['another host in the path', 'url', '//evil.example/view/2026/paris/'],
    // The browser reads a backslash as a slash: the same path.
    ['another host after a backslash', 'url', '/\\evil.example/view/2026/'],
    ['an empty first folder', 'merged', '//'],
    ['an empty first folder before a view', 'merged', '//view/2016/'],
  ] as const)(
    'keeps every address the map writes on its own site: %s',
    async (_, reading, path) => {
      const site = reading === 'url' ? strictSite : mergingSite;
      const page = await browser.newPage();
      const errors = collectErrors(page);
      const response = await page.goto(`${site.origin}${path}`);
      expect(response?.status()).toBe(200);
      expect(await mapState(page)).toBe('ready');
      await page.getByRole('button', { name: 'Embed' }).click();
      const written = [
        await page.locator('#embed-link').inputValue(),
        await page.locator('#embed-snippet').inputValue(),
      ];
      await page.getByLabel('Web component').check();
      written.push(await page.locator('#embed-snippet').inputValue());
      const addresses = written.join('\n').match(/https?:\/\/[^\s"<>]+/g) ?? [];
      expect(addresses.length).toBeGreaterThan(3);
      for (const address of addresses) expect(new URL(address).origin).toBe(site.origin);
      // The page's own links (data, sources, languages) stay on the site too.
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      );
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(new URL(link).hostname).not.toBe('evil.example');
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

/** The map's frame and an advert's frame (another origin) side by side in one article. */
async function articleWithAdvert(name: string, mapSrc: string) {
  advertBodies.set('/advert.html', '<!doctype html><title>Advert</title><p>An advert</p>');
  articleBodies.set(
    `/${name}.html`,
    `<iframe src="${mapSrc}" title="Map" style="display:block;width:100%;height:300px;border:0" data-footprint-embed></iframe>
<iframe src="${adverts.origin}/advert.html" title="Advert"></iframe>
<script src="${baseUrl}embed-resize.js"></script>`,
  );
  const page = await browser.newPage();
  const errors = collectErrors(page);
  await page.goto(`${articles.origin}/${name}.html`);
  const iframe = page.locator('iframe[data-footprint-embed]');
  const map = (await (await iframe.elementHandle())!.contentFrame())!;
  await map.waitForSelector('[data-map-state="ready"]');
  const advert = page.frames().find((frame) => frame.url().startsWith(adverts.origin))!;
  await advert.waitForLoadState();
  // The article records what the map's and the advert's windows send it, in order.
  await page.evaluate(() => {
    const [map, advert] = [...document.querySelectorAll('iframe')].map((f) => f.contentWindow);
    const heard: unknown[] = [];
    const fromAdvert: unknown[] = [];
    Object.defineProperty(window, '__fromMap', { value: heard });
    Object.defineProperty(window, '__fromAdvert', { value: fromAdvert });
    // After embed-resize.js's listener: once a message is here, the script has handled it.
    window.addEventListener('message', (event) => {
      if (event.source === map) heard.push(event.data);
      if (event.source === advert) fromAdvert.push(event.data);
    });
  });
  // The map's window records what reaches it, after the map's own listeners have run.
  await map.evaluate(() => {
    const seen: unknown[] = [];
    Object.defineProperty(window, '__seen', { value: seen });
    window.addEventListener('message', (event) => seen.push(event.data));
  });
  /**
   * Waits until the map's window has handled `count` messages, then sends the article a marker from
   * it: whatever the map answered arrives before the marker, so the article's record is complete.
   */
  const settle = async (count: number): Promise<unknown[]> => {
    await map.waitForFunction(
      (n) => (window as unknown as { __seen: unknown[] }).__seen.length >= n,
      count,
    );
    await map.evaluate(() => window.parent.postMessage('marker', '*'));
    await page.waitForFunction(() =>
      (window as unknown as { __fromMap: unknown[] }).__fromMap.includes('marker'),
    );
    return page.evaluate(() => {
      const heard = (window as unknown as { __fromMap: unknown[] }).__fromMap;
      return heard.splice(0).filter((data) => data !== 'marker');
    });
  };
  return { page, errors, iframe, map, advert, settle };
}

describe('messages from other frames', () => {
  it('ignores a sibling frame’s resize and height request, and answers the parent’s', async () => {
    const { page, errors, iframe, map, advert, settle } = await articleWithAdvert(
      'sibling',
      `${baseUrl}view/2016/embed.html`,
    );
    const content = await map.evaluate(() =>
      Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height),
    );
    await expect.poll(() => iframe.evaluate((node) => node.style.height)).toBe(`${content}px`);
    await settle(0);
    // An advert posts the exact resize shape to the article, and asks the map for its height.
    await advert.evaluate(async () => {
      window.parent.postMessage({ type: 'alibaba-cloud-footprint:resize', height: 3000 }, '*');
      window.parent.frames[0]!.postMessage({ type: 'alibaba-cloud-footprint:request-height' }, '*');
      // Messages from one window arrive in order: the article has handled the forged one first.
      window.parent.postMessage('advert done', '*');
    });
    await page.waitForFunction(() =>
      (window as unknown as { __fromAdvert: unknown[] }).__fromAdvert.includes('advert done'),
    );
    expect(await settle(1)).toEqual([]);
    expect(await iframe.evaluate((node) => node.style.height)).toBe(`${content}px`);
    // The same question from the parent is answered.
    await page.evaluate(() =>
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage(
          { type: 'alibaba-cloud-footprint:request-height' },
          new URL(document.querySelector('iframe')!.src).origin,
        ),
    );
    expect(await settle(2)).toEqual([{ type: 'alibaba-cloud-footprint:resize', height: content }]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers WordPress’s ready only from the parent, with its secret, in its exact shape', async () => {
    const secret = 'Sekr3tAbc9';
    const { page, errors, map, advert, settle } = await articleWithAdvert(
      'wordpress',
      `${baseUrl}view/2016/embed.html#?secret=${secret}`,
    );
    await settle(0);
    const forged = [
      { message: 'ready', secret: 'WrongSecret' },
      { message: 'ready', secret, extra: 1 },
      { message: 'ready' },
      { message: 'ready', secret: [secret] },
      JSON.stringify({ message: 'ready', secret }),
    ];
    await page.evaluate((messages) => {
      const map = document.querySelector('iframe')!.contentWindow!;
      for (const data of messages) map.postMessage(data, '*');
    }, forged);
    // The right secret, from a window that is not the parent.
    await advert.evaluate(
      (s) => window.parent.frames[0]!.postMessage({ message: 'ready', secret: s }, '*'),
      secret,
    );
    expect(await settle(forged.length + 1)).toEqual([]);
    // WordPress's own ready is answered with the height, in both protocols.
    await page.evaluate(
      (s) =>
        document
          .querySelector('iframe')!
          .contentWindow!.postMessage({ message: 'ready', secret: s }, '*'),
      secret,
    );
    const answers = await settle(forged.length + 2);
    expect(answers).toContainEqual(expect.objectContaining({ secret, message: 'height' }));
    expect(answers).toContainEqual(
      expect.objectContaining({ type: 'alibaba-cloud-footprint:resize' }),
    );
    expect(await map.evaluate(() => document.documentElement.classList.contains('embedded'))).toBe(
      true,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
