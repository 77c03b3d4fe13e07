/**
 * True over time: an archived view keeps the data of its version after the dataset has changed,
 * and says so; the live view shows the newest. The site the tests build holds two published
 * versions, 2026-12-04 (before Tokyo's zones were brought up to date) and the newest.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { versionOf } from '../../src/data/changelog.ts';
import { CHANGES } from '../../src/data/changes.ts';
import { collectErrors, launch, mapState, screenshot } from './browser.ts';
import { articleHtml, servePages, type TestServer } from './servers.ts';

const baseUrl = inject('baseUrl');
const OLD = '2026-12-04';
const NEWEST = versionOf(CHANGES);
let browser: Browser;
let articles: TestServer;
const bodies = new Map<string, string>();

beforeAll(async () => {
  browser = await launch();
  articles = await servePages((path) => articleHtml(bodies.get(path) ?? ''));
});

afterAll(async () => {
  await browser?.close();
  await articles?.close();
});

/** Tokyo's zones at 2026, as the opened story of an embed says them. */
async function tokyoZones(page: Page | ReturnType<Page['locator']>): Promise<string> {
  await page.locator('[data-chosen] button.story').click();
  return (
    (await page.locator('#region-panel .facts dd').nth(1).textContent())?.trim().split(/\s/)[0] ??
    ''
  );
}

describe('an archived embed', () => {
  it('shows its version’s data after the data changed, says so, and links the newer data', async () => {
    const page = await browser.newPage({ viewport: { width: 650, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}v/${OLD}/view/2026/embed.html?region=tokyo`);
    expect(await mapState(page)).toBe('ready');
    expect(await page.locator('[data-as-of]').getAttribute('data-as-of')).toBe(OLD);
    await expect
      .poll(() => page.locator('[data-as-of]').textContent())
      .toBe('Data as of 4 December 2026, archived · newer data');
    expect(await page.locator('[data-as-of] a').getAttribute('href')).toBe(
      `${baseUrl}view/2026/tokyo/`,
    );
    expect(await tokyoZones(page)).toBe('3');
    // Its downloads are its version's too.
    const csv = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
    expect(csv).toBe(`${baseUrl}v/${OLD}/data/regions.csv`);
    const json = (await (await fetch(`${baseUrl}v/${OLD}/data/regions.json`)).json()) as {
      version: string;
    };
    expect(json.version).toBe(OLD);
    await screenshot(page, 'archived-embed-650');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('while the live embed shows the newest data and its own day', async () => {
    const page = await browser.newPage({ viewport: { width: 650, height: 900 } });
    await page.goto(`${baseUrl}view/2026/embed.html?region=tokyo`);
    expect(await mapState(page)).toBe('ready');
    expect(await page.locator('[data-as-of]').getAttribute('data-as-of')).toBe(NEWEST);
    expect(await page.locator('[data-as-of]').textContent()).toBe('Data as of 6 December 2026');
    expect(await tokyoZones(page)).toBe('5');
    await page.close();
  });

  it('in Chinese, and as the web component with a version', async () => {
    const page = await browser.newPage({ viewport: { width: 650, height: 900 } });
    await page.goto(`${baseUrl}v/${OLD}/zh-CN/view/2026/embed.html`);
    expect(await mapState(page)).toBe('ready');
    await expect
      .poll(() => page.locator('[data-as-of]').textContent())
      .toMatch(/^数据截至2026年12月4日（存档）/);
    bodies.set(
      '/element',
      `<script type="module" src="${baseUrl}embed.js"></script>
       <alibaba-cloud-map year="2026" region="tokyo" version="${OLD}"></alibaba-cloud-map>`,
    );
    await page.goto(`${articles.origin}/element`);
    const element = page.locator('alibaba-cloud-map');
    await expect
      .poll(() => element.getAttribute('data-map-state'), { timeout: 30_000 })
      .toBe('ready');
    expect(await element.locator('[data-as-of]').getAttribute('data-as-of')).toBe(OLD);
    // Its links stay in its version's folder, on the map's site.
    expect(await element.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe(
      `${baseUrl}v/${OLD}/data/regions.csv`,
    );
    expect(await tokyoZones(element)).toBe('3');
    await page.close();
  });
});

describe('the Embed dialog', () => {
  it('offers the live map or this version, archived, in both snippets and the link', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}view/2026/tokyo/`);
    await mapState(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.locator('#embed-snippet').inputValue()).toContain(
      `src="${baseUrl}view/2026/embed.html?region=tokyo"`,
    );
    await dialog.getByRole('radio', { name: /^Archived/ }).check();
    expect(await dialog.locator('#embed-snippet').inputValue()).toContain(
      `src="${baseUrl}v/${NEWEST}/view/2026/embed.html?region=tokyo"`,
    );
    expect(await dialog.locator('#embed-link').inputValue()).toBe(
      `${baseUrl}v/${NEWEST}/view/2026/tokyo/`,
    );
    await dialog.getByRole('radio', { name: /Web component/ }).check();
    expect(await dialog.locator('#embed-snippet').inputValue()).toContain(`version="${NEWEST}"`);
    await page.close();
  });
});

describe('the change feed', () => {
  it('is named by every page, in its language', async () => {
    const page = await browser.newPage();
    for (const [path, feed] of [
      ['view/2016/frankfurt/', `${baseUrl}feed.atom`],
      ['zh-CN/view/2016/', `${baseUrl}zh-CN/feed.atom`],
      [`v/${OLD}/view/2016/embed.html`, `${baseUrl}feed.atom`],
      ['story.html', `${baseUrl}feed.atom`],
    ] as const) {
      await page.goto(`${baseUrl}${path}`);
      const href = await page
        .locator('link[rel="alternate"][type="application/atom+xml"]')
        .getAttribute('href');
      expect(new URL(href!, page.url()).href, path).toBe(feed);
    }
    const response = await page.goto(`${baseUrl}feed.json`);
    expect(response?.ok()).toBe(true);
    await page.close();
  });
});
