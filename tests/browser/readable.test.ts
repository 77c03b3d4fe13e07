/**
 * A map a reader can read and use: each pin opens itself and nothing else, at phone and desktop
 * widths; names show on hover and focus; the wheel zooms over pins; phones keep the year in view
 * and every pin whole; embeds hold still; a drag is one step of history.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REGIONS } from '../../src/data/regions.ts';
import type { RenderedPin } from '../../src/map/scene.ts';
import { launch, maplibreShown, mapState, screenshot } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const phone = (width: number): BrowserContextOptions => ({
  viewport: { width, height: 740 },
  hasTouch: true,
  isMobile: true,
});

/** Where the renderer drew each pin, in page coordinates. */
async function drawnPins(page: Page): Promise<RenderedPin[]> {
  return page.evaluate(() => {
    const map = document.querySelector<HTMLElement & { renderedPins: () => RenderedPin[] }>(
      '[data-map-state]',
    )!;
    const origin = map.getBoundingClientRect();
    return map.renderedPins().map((pin) => ({ ...pin, x: pin.x + origin.x, y: pin.y + origin.y }));
  });
}

const nameOf = (id: string) => REGIONS.find((region) => region.id === id)!.name;

describe('a tap or a click on a pin', () => {
  it.each([
    ['375 px', phone(375)],
    ['390 px', phone(390)],
    ['1280 px', { viewport: { width: 1280, height: 800 } }],
  ])('at its centre opens that region and no other, at %s', async (_, options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(`${baseUrl}?year=2026`);
    await maplibreShown(page);
    const pins = await drawnPins(page);
    expect(pins.map((pin) => pin.id).sort()).toEqual(REGIONS.map((region) => region.id).sort());
    const touch = options.hasTouch === true;
    const opened: string[] = [];
    for (const { id } of pins) {
      // Read again each time: the page may have moved since the last region closed.
      const pin = (await drawnPins(page)).find((drawn) => drawn.id === id)!;
      if (touch) await page.touchscreen.tap(pin.x, pin.y);
      else await page.mouse.click(pin.x, pin.y);
      // A stack of pins opens a list to choose from; the pin meant is in it.
      const chooser = page.locator(`[data-choose-pin="${pin.id}"]`);
      const title = page.locator('#region-panel-title');
      await expect
        .poll(async () => (await title.count()) + (await chooser.count()), {
          message: `a tap on ${pin.id} opens it or a list with it`,
        })
        .toBe(1);
      if (await chooser.count()) {
        if (touch) await chooser.tap();
        else await chooser.click();
      }
      await expect.poll(() => title.textContent()).toBe(nameOf(pin.id));
      opened.push(pin.id);
      await page.keyboard.press('Escape');
      await expect.poll(() => title.count()).toBe(0);
    }
    expect(opened).toHaveLength(REGIONS.length);
    await context.close();
  });
});

describe('names on the map', () => {
  it('shows a card with the name and status on hover and on focus, in the words of the pin’s name', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}?year=2026`);
    await maplibreShown(page);
    const tokyo = page.locator('[data-pin-id="tokyo"]');
    const box = (await tokyo.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const card = page.getByRole('tooltip');
    await expect
      .poll(() => card.innerText())
      .toMatch(/^Tokyo, Japan\s+operating by 30 November 2016$/);
    expect(await tokyo.getAttribute('aria-label')).toBe(
      'Tokyo, Japan: operating by 30 November 2016',
    );
    await page.mouse.move(5, 5);
    await expect.poll(() => card.count()).toBe(0);
    await tokyo.focus();
    await expect.poll(() => card.innerText()).toMatch(/^Tokyo, Japan/);
    await screenshot(page, 'card');
    await page.close();
  });

  it('labels the open region and the year’s changes on the map', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}?year=2016&region=frankfurt`);
    await maplibreShown(page);
    const labels = await page.locator('.label').allInnerTexts();
    expect(labels[0]).toBe('Frankfurt');
    expect(labels).toEqual(expect.arrayContaining(['Dubai', 'Tokyo', 'Sydney']));
    await page.close();
  });
});

describe('zooming', () => {
  it('zooms with the wheel over a pin, and “Whole map” brings the first view back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}?year=2026`);
    await maplibreShown(page);
    const at = async (id: string) => (await page.locator(`[data-pin-id="${id}"]`).boundingBox())!;
    const before = await at('silicon-valley');
    const dubai = await at('dubai');
    await page.mouse.move(dubai.x + dubai.width / 2, dubai.y + dubai.height / 2);
    await page.mouse.wheel(0, -600);
    await expect
      .poll(async () => Math.abs((await at('silicon-valley')).x - before.x), { timeout: 10_000 })
      .toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Whole map' }).click();
    await expect
      .poll(async () => Math.abs((await at('silicon-valley')).x - before.x), { timeout: 10_000 })
      .toBeLessThan(1);
    await page.close();
  });

  it('zooms into a crowd of pins from its list, which then opens fewer at a time', async () => {
    const context = await browser.newContext(phone(375));
    const page = await context.newPage();
    await page.goto(`${baseUrl}?year=2026`);
    await maplibreShown(page);
    const biggest = async () => {
      const counts = await page.locator('[data-cluster] .count').allInnerTexts();
      return Math.max(...counts.map(Number));
    };
    const before = await biggest();
    const crowd = page
      .locator('[data-cluster]')
      .filter({ has: page.locator('.count', { hasText: new RegExp(`^${before}$`) }) });
    await crowd.tap();
    await page.getByRole('dialog').getByRole('button', { name: 'Zoom in' }).tap();
    await expect.poll(biggest, { timeout: 10_000 }).toBeLessThan(before);
    await expect.poll(() => page.getByRole('button', { name: 'Whole map' }).count()).toBe(1);
    await context.close();
  });
});

describe('on a phone', () => {
  it('keeps the year in view while the thumb is dragged', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${baseUrl}?year=2026`);
    await mapState(page);
    const slider = (await page.locator('#year-slider').boundingBox())!;
    await page.mouse.move(slider.x + slider.width - 8, slider.y + slider.height / 2);
    await page.mouse.down();
    await page.mouse.move(slider.x + slider.width * 0.4, slider.y + slider.height / 2, {
      steps: 5,
    });
    const year = await page.locator('#year-slider').inputValue();
    const label = page.locator('.thumb-year');
    const box = (await label.boundingBox())!;
    expect(await label.textContent()).toBe(year);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await page.mouse.up();
    await page.close();
  });

  it('draws every pin whole inside the map at 390 px, with little empty sea', async () => {
    const page = await browser.newPage(phone(390));
    await page.goto(`${baseUrl}?year=2026`);
    await maplibreShown(page);
    const map = (await page.locator('[data-map-state]').boundingBox())!;
    const pins = await drawnPins(page);
    expect(pins).toHaveLength(REGIONS.length);
    const MARGIN_PX = 12;
    for (const pin of pins) {
      expect(pin.x, pin.id).toBeGreaterThan(map.x + MARGIN_PX);
      expect(pin.x, pin.id).toBeLessThan(map.x + map.width - MARGIN_PX);
      expect(pin.y, pin.id).toBeGreaterThan(map.y + MARGIN_PX);
      expect(pin.y, pin.id).toBeLessThan(map.y + map.height - MARGIN_PX);
    }
    // The pins span most of the map's height: no third of it is empty polar sea.
    const ys = pins.map((pin) => pin.y);
    expect((Math.max(...ys) - Math.min(...ys)) / map.height).toBeGreaterThan(0.5);
    await screenshot(page, 'phone-390');
    await page.close();
  });

  it('opens a region as a sheet over the page, so the slider does not move', async () => {
    const page = await browser.newPage(phone(375));
    await page.goto(`${baseUrl}?year=2024`);
    await maplibreShown(page);
    const before = (await page.locator('#year-slider').boundingBox())!;
    await page.getByRole('table').getByRole('button', { name: 'Sydney' }).click();
    await expect.poll(() => page.locator('#region-panel-title').count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    const after = (await page.locator('#year-slider').boundingBox())!;
    expect(after.y).toBe(before.y);
    await screenshot(page, 'phone-sheet');
    await page.close();
  });
});

describe('an embed', () => {
  it('keeps its height when a region opens', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 900 } });
    const height = () =>
      page.evaluate(() =>
        Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height),
      );
    await page.goto(`${baseUrl}?embed=1&year=2026`);
    await mapState(page);
    const closed = await height();
    await page.goto(`${baseUrl}?embed=1&year=2026&region=paris`);
    await mapState(page);
    expect(await height()).toBe(closed);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#region-panel-title').count()).toBe(0);
    expect(await height()).toBe(closed);
    expect(await page.locator('.year-line').innerText()).toMatch(/^In 2026: .*Paris opened/);
    await page.close();
  });
});

describe('history', () => {
  it('takes one step back for a whole drag of the slider, and leaves the map with the next', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}data/LICENSE.txt`);
    await page.goto(`${baseUrl}?year=2026`);
    await mapState(page);
    const slider = (await page.locator('#year-slider').boundingBox())!;
    await page.mouse.move(slider.x + slider.width - 8, slider.y + slider.height / 2);
    await page.mouse.down();
    await page.mouse.move(slider.x + 10, slider.y + slider.height / 2, { steps: 12 });
    await page.mouse.up();
    await expect.poll(() => page.locator('#year-slider').inputValue()).toBe('2009');
    await page.goBack();
    await expect.poll(() => page.locator('#year-slider').inputValue()).toBe('2026');
    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/LICENSE\.txt$/);
    await page.close();
  });
});

describe('focus order', () => {
  it('starts with the skip link, and reaches the timeline before the pins', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}?year=2026`);
    await mapState(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Skip to the list of regions',
    );
    const order: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const active = document.activeElement as HTMLElement | null;
          return active?.id || (active?.dataset.item ? 'pin' : active?.textContent?.trim()) || '';
        }),
      );
    }
    expect(order.indexOf('year-slider')).toBeGreaterThan(-1);
    expect(order.indexOf('year-slider')).toBeLessThan(order.indexOf('pin'));
    await page.keyboard.press('Shift+Tab');
    await page.close();
  });
});
