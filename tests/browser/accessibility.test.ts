/** axe-core on every view, and the map by keyboard alone. */
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REGIONS } from '../../src/data/regions.ts';
import { axeViolations, launch, maplibreShown } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

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
    ['the story', 'story.html', { viewport: { width: 1280, height: 800 } }],
    ['the story at phone width', 'story.html', { viewport: { width: 375, height: 740 } }],
    [
      'the full page in Chinese',
      '?lang=zh-CN&year=2026&region=paris',
      { viewport: { width: 1280, height: 800 } },
    ],
    [
      'the embed view in Chinese',
      'embed.html?lang=zh-CN&year=2016&region=frankfurt',
      { viewport: { width: 800, height: 900 } },
    ],
    ['phone width in Chinese', '?lang=zh-CN&year=2020', { viewport: { width: 375, height: 740 } }],
    ['the Chinese story', 'story-zh-CN.html', { viewport: { width: 375, height: 740 } }],
    ['a Chinese view page', 'zh-CN/view/2016/dubai/', { viewport: { width: 1280, height: 800 } }],
    [
      'a Chinese embed page',
      'zh-CN/view/2019/embed.html?region=london',
      { viewport: { width: 800, height: 900 } },
    ],
  ];

  it.each(cases)('finds no axe violations on %s', async (_, query, options) => {
    const page = await browser.newPage(options);
    await page.goto(`${baseUrl}${query}`);
    await maplibreShown(page);
    // The chart's table is part of the page a reader can open.
    for (const table of await page.locator('[data-growth-chart] details').all()) {
      await table.evaluate((details) => ((details as HTMLDetailsElement).open = true));
    }
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
      await page.keyboard.press('Tab');
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
