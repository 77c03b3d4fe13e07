import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REGIONS } from '../../src/data/regions';
import { statusAt } from '../../src/data/status';
import { collectErrors, launch, maplibreShown, mapState, screenshot } from './browser';
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
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
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
    await page.evaluate(() => {
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
    });
    await page.waitForTimeout(300);
    expect(await iframe.evaluate((node) => node.style.height)).toBe(fitted);
    expect(errors).toEqual([]);
    await page.close();
  });
});

const AXE = readFileSync(
  join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'),
  'utf8',
);

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            options: object,
          ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    return axe.run({
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    });
  });
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe('accessibility', () => {
  const cases: Array<[string, string, BrowserContextOptions]> = [
    ['the full page', '?year=2026&region=paris', { viewport: { width: 1280, height: 800 } }],
    [
      'the embed view',
      '?embed=1&year=2016&region=frankfurt',
      { viewport: { width: 800, height: 900 } },
    ],
    ['dark mode', '?year=2024', { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' }],
    ['phone width', '?year=2020', { viewport: { width: 375, height: 740 } }],
  ];

  it.each(cases)('finds no axe violations on %s', async (_, query, options) => {
    const page = await browser.newPage(options);
    await page.goto(`${baseUrl}${query}`);
    await maplibreShown(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('works with the keyboard alone: slider, a region, its panel, and back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}?year=2020`);
    await maplibreShown(page);
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active?.id || active?.getAttribute('data-pin-id') || active?.tagName || '';
      });
    let steps = 0;
    while ((await focused()) !== 'year-slider' && steps++ < 40) await page.keyboard.press('Tab');
    expect(await focused()).toBe('year-slider');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#year-slider').inputValue()).toBe('2021');
    steps = 0;
    while (steps++ < 40) {
      await page.keyboard.press('Shift+Tab');
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-pin-id'))) break;
    }
    const pin = await page.evaluate(() => document.activeElement?.getAttribute('data-pin-id'));
    expect(REGIONS.map((r) => r.id)).toContain(pin);
    await page.keyboard.press('ArrowRight');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-pin-id'));
    expect(next).not.toBe(pin);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused()).toBe('region-panel-title');
    const name = REGIONS.find((r) => r.id === next)!.name;
    expect(await page.locator('#region-panel-title').textContent()).toBe(name);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#region-panel').count()).toBe(0);
    expect(await focused()).toBe(next);
    await page.close();
  });
});
