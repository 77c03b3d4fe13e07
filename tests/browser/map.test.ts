import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REGIONS } from '../../src/data/regions.ts';
import { statusAt } from '../../src/data/status.ts';
import { disagreements } from './agreement.ts';
import { collectErrors, launch, maplibreShown, mapState, screenshot } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function openPage(search = '', viewport = { width: 1280, height: 800 }) {
  const page = await browser.newPage({ viewport });
  const errors = collectErrors(page);
  await page.goto(`${baseUrl}${search}`);
  return { page, errors };
}

/** Waits for the slider to say `year`, then for the renderer to draw that year's pins. */
async function expectPinsDrawnAt(page: Page, year: number): Promise<void> {
  await expect.poll(() => page.locator('#year-slider').inputValue()).toBe(String(year));
  await expect
    .poll(() => page.locator('[data-map-state]').getAttribute('data-rendered-pins'), {
      timeout: 20_000,
    })
    .toBe(String(expectedPins(year)));
}

const expectedPins = (year: number) =>
  REGIONS.filter((region) => statusAt(region, year) !== 'not-yet').length;

describe('the map page', () => {
  it('reaches ready with basemap and pins, and no errors', async () => {
    const { page, errors } = await openPage();
    expect(await mapState(page)).toBe('ready');
    const last = Number(await page.getByRole('slider', { name: 'Year' }).getAttribute('max'));
    await expectPinsDrawnAt(page, last);
    await screenshot(page, 'map-desktop-svg');
    await maplibreShown(page);
    await expectPinsDrawnAt(page, last);
    await screenshot(page, 'map-desktop');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    [1280, 800],
    [375, 740],
  ])(
    'paints SVG first, then MapLibre at the same view at %ipx: no pin moves',
    async (width, height) => {
      const { page, errors } = await openPage('?year=2026', { width, height });
      expect(await mapState(page)).toBe('ready');
      const pins = page.locator('[data-pin-id]');
      const where = () =>
        pins.evaluateAll((nodes) =>
          nodes.map((node) => {
            const box = node.getBoundingClientRect();
            return [
              node.getAttribute('data-pin-id'),
              box.x + box.width / 2,
              box.y + box.height / 2,
            ];
          }),
        );
      const renderer = await page.locator('[data-map-state]').getAttribute('data-map-renderer');
      const before = await where();
      await maplibreShown(page);
      const after = await where();
      expect(renderer).toBe('svg');
      expect(after.map(([id]) => id)).toEqual(before.map(([id]) => id));
      after.forEach(([, x, y], i) => {
        expect(Math.abs(Number(x) - Number(before[i]![1]))).toBeLessThan(1);
        expect(Math.abs(Number(y) - Number(before[i]![2]))).toBeLessThan(1);
      });
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('shows the year chosen while MapLibre was loading, once MapLibre takes over', async () => {
    const { page } = await openPage('?year=2026');
    expect(await mapState(page)).toBe('ready');
    // The reader reaches for the map; the canvas is attached but MapLibre has not drawn yet: the
    // SVG map still shows.
    await page
      .locator('div.map')
      .evaluate((map) => (map as HTMLElement & { interactive(): void }).interactive());
    await page.waitForSelector('canvas.maplibregl-canvas', { state: 'attached' });
    expect(await page.locator('[data-map-state]').getAttribute('data-map-renderer')).toBe('svg');
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.press('Home');
    const first = Number(await slider.inputValue());
    await maplibreShown(page);
    await expect.poll(() => disagreements(page), { timeout: 20_000 }).toEqual([]);
    await expectPinsDrawnAt(page, first);
    await page.close();
  });

  it('keeps the pin buttons on their pins after resizes and when a pin off the view is focused', async () => {
    const { page } = await openPage('?year=2026');
    await maplibreShown(page);
    for (const size of [
      { width: 375, height: 740 },
      { width: 1280, height: 800 },
      { width: 800, height: 600 },
    ]) {
      await page.setViewportSize(size);
      await expect.poll(() => disagreements(page), { timeout: 20_000 }).toEqual([]);
    }
    // Zoomed in, most pins lie outside the view; focusing one must not slide the buttons.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.locator('button[data-pin-id][tabindex="0"]').focus();
    // The east-most pin lies far right of the view: focus would scroll a scrollable layer.
    await page.keyboard.press('End');
    await expect.poll(() => disagreements(page), { timeout: 20_000 }).toEqual([]);
    await page.close();
  });

  it('draws the closed cross in the colour of the theme in force', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}?year=2025`);
    await maplibreShown(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.locator('.footprint').getAttribute('data-theme')).toBe('dark');
    await expect.poll(() => disagreements(page), { timeout: 20_000 }).toEqual([]);
    // The centre of Sydney's pin is the middle of its cross: light on the dark theme's grey pin.
    const box = (await page.locator('button[data-pin-id="sydney"]').boundingBox())!;
    const png = await page.screenshot({
      clip: { x: box.x + box.width / 2 - 1, y: box.y + box.height / 2 - 1, width: 2, height: 2 },
    });
    const centre = await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
      return (r! + g! + b!) / 3;
    }, png.toString('base64'));
    // The dark theme's cross is #f4f4f4 on a #a3a3a3 pin; the light theme's is #1b1b1b.
    expect(centre).toBeGreaterThan(0xc0);
    await page.close();
  });

  it('changes the year and the drawn pins with the slider keys', async () => {
    const { page } = await openPage('?year=2020');
    await maplibreShown(page);
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await slider.press('Home');
    const first = Number(await slider.inputValue());
    expect(await slider.getAttribute('aria-valuetext')).toBe(String(first));
    await expectPinsDrawnAt(page, first);
    await slider.press('PageUp');
    await slider.press('ArrowRight');
    expect(Number(await slider.inputValue())).toBe(first + 6);
    await expectPinsDrawnAt(page, first + 6);
    await slider.press('End');
    const last = Number(await slider.inputValue());
    await expectPinsDrawnAt(page, last);
    await expect.poll(() => page.locator('#summary-year').innerText()).toContain(String(last));
    await page.close();
  });

  it('opens a region from its pin and closes it with Esc, returning focus', async () => {
    const { page } = await openPage('?year=2016');
    await mapState(page);
    const pin = page.locator('[data-pin-id="frankfurt"]');
    const name = await pin.getAttribute('aria-label');
    expect(name).toMatch(/^Frankfurt, Germany: operating since/);
    const box = (await pin.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const heading = page.locator('#region-panel-title');
    await expect.poll(() => heading.textContent()).toBe('Frankfurt');
    await expect
      .poll(() => page.evaluate(() => location.pathname))
      .toMatch(/\/view\/2016\/frankfurt\/$/);
    expect(await page.locator('#region-panel').innerText()).toMatch(/eu-central-1/);
    expect(await page.locator('#region-panel a[href^="http"]').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#region-panel').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-pin-id'))).toBe(
      'frankfurt',
    );
    await page.close();
  });

  it('reopens a deep link, and back/forward walk the history', async () => {
    const { page } = await openPage('?year=2016&region=sydney');
    expect(await mapState(page)).toBe('ready');
    expect(await page.locator('[data-chosen]').getAttribute('data-chosen')).toBe('sydney');
    expect(await page.getByRole('slider', { name: 'Year' }).inputValue()).toBe('2016');
    await screenshot(page, 'map-deep-link');
    await page.getByRole('button', { name: 'Open the story of Sydney' }).click();
    expect(await page.locator('#region-panel-title').textContent()).toBe('Sydney');

    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await slider.press('End');
    const last = await slider.inputValue();
    await expect
      .poll(() => page.evaluate(() => location.pathname))
      .toMatch(new RegExp(`/view/${last}/sydney/$`));
    expect(await page.locator('#region-panel').innerText()).toMatch(/Closed/);

    await page.goBack();
    await expect.poll(() => slider.inputValue()).toBe('2016');
    expect(await page.locator('#region-panel-title').textContent()).toBe('Sydney');
    await page.goForward();
    await expect.poll(() => slider.inputValue()).toBe(last);
    await page.close();
  });

  it('ignores a garbage deep link', async () => {
    const { page, errors } = await openPage('?year=abc&region=__proto__&theme=%3Cscript%3E');
    expect(await mapState(page)).toBe('ready');
    expect(await page.locator('#region-panel').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone: the timeline, then the whole map within the first screen', async () => {
    const { page } = await openPage('?year=2026', { width: 375, height: 740 });
    expect(await mapState(page)).toBe('ready');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const slider = page.getByRole('slider', { name: 'Year' });
    const mapBox = (await page.locator('[data-map-state]').boundingBox())!;
    const sliderBox = (await slider.boundingBox())!;
    expect(sliderBox.y + sliderBox.height).toBeLessThanOrEqual(mapBox.y);
    expect(mapBox.y + mapBox.height).toBeLessThan(740);
    await screenshot(page, 'map-phone');
    await page.close();
  });

  it('plays the years to the end', async () => {
    const { page } = await openPage('?year=2023');
    await mapState(page);
    const entries = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Play the years' }).click();
    const last = (await page.getByRole('slider', { name: 'Year' }).getAttribute('max'))!;
    await expect
      .poll(() => page.getByRole('slider', { name: 'Year' }).inputValue(), { timeout: 10_000 })
      .toBe(last);
    await expect.poll(() => page.getByRole('button', { name: 'Play the years' }).count()).toBe(1);
    // Playback replaces the history entry instead of adding one per year.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await page.close();
  });
});
