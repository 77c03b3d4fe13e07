import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REGIONS } from '../../src/data/regions';
import { statusAt } from '../../src/data/status';
import { collectErrors, launch, maplibreShown, mapState, screenshot } from './browser';

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

/** Pins MapLibre drew after the map settled at `year` (read from its rendered-feature index). */
async function renderedPinsAt(page: Page, year: number): Promise<number> {
  await page.waitForFunction(
    (y) => (document.querySelector('#year-slider') as HTMLInputElement | null)?.value === String(y),
    year,
  );
  const handle = await page.waitForFunction(
    (expected) => {
      const map = document.querySelector('[data-map-state]');
      const count = map?.getAttribute('data-rendered-pins');
      return count !== null && count !== undefined && Number(count) === expected
        ? Number(count)
        : false;
    },
    expectedPins(year),
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as number;
}

const expectedPins = (year: number) =>
  REGIONS.filter((region) => statusAt(region, year) !== 'not-yet').length;

describe('the map page', () => {
  it('reaches ready with basemap and pins, and no errors', async () => {
    const { page, errors } = await openPage();
    expect(await mapState(page)).toBe('ready');
    const last = Number(await page.getByRole('slider', { name: 'Year' }).getAttribute('max'));
    expect(await renderedPinsAt(page, last)).toBe(expectedPins(last));
    await screenshot(page, 'map-desktop-svg');
    await maplibreShown(page);
    expect(await renderedPinsAt(page, last)).toBe(expectedPins(last));
    await screenshot(page, 'map-desktop');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('paints SVG first, then MapLibre at the same view: no pin moves', async () => {
    const { page, errors } = await openPage('?year=2026');
    expect(await mapState(page)).toBe('ready');
    const pins = page.locator('[data-pin-id]');
    const where = () =>
      pins.evaluateAll((nodes) =>
        nodes.map((node) => {
          const box = node.getBoundingClientRect();
          return [node.getAttribute('data-pin-id'), box.x + box.width / 2, box.y + box.height / 2];
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
  });

  it('changes the year and the drawn pins with the slider keys', async () => {
    const { page } = await openPage('?year=2020');
    await maplibreShown(page);
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await slider.press('Home');
    const first = Number(await slider.inputValue());
    expect(await slider.getAttribute('aria-valuetext')).toBe(String(first));
    expect(await renderedPinsAt(page, first)).toBe(expectedPins(first));
    await slider.press('PageUp');
    await slider.press('ArrowRight');
    expect(Number(await slider.inputValue())).toBe(first + 6);
    expect(await renderedPinsAt(page, first + 6)).toBe(expectedPins(first + 6));
    await slider.press('End');
    const last = Number(await slider.inputValue());
    expect(await renderedPinsAt(page, last)).toBe(expectedPins(last));
    expect(expectedPins(last)).toBeGreaterThan(expectedPins(first + 6));
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
    await expect.poll(() => page.evaluate(() => location.search)).toContain('region=frankfurt');
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
    expect(await page.locator('#region-panel-title').textContent()).toBe('Sydney');
    expect(await page.getByRole('slider', { name: 'Year' }).inputValue()).toBe('2016');
    await screenshot(page, 'map-deep-link');

    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await slider.press('End');
    const last = await slider.inputValue();
    await expect.poll(() => page.evaluate(() => location.search)).toContain(`year=${last}`);
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

  it('fits a phone: map on top, controls below, no horizontal scroll', async () => {
    const { page } = await openPage('?year=2026&region=paris', { width: 375, height: 740 });
    expect(await mapState(page)).toBe('ready');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const mapBox = (await page.locator('[data-map-state]').boundingBox())!;
    const sliderBox = (await page.getByRole('slider', { name: 'Year' }).boundingBox())!;
    expect(sliderBox.y).toBeGreaterThan(mapBox.y + mapBox.height - 1);
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
