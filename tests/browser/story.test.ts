import { EN } from '../../src/data/fixtures.test-helpers.ts';
/**
 * Telling the story: the growth chart chooses years and names Alibaba's own totals, milestones on
 * the slider's track open their sources, story.html moves the map as the reader scrolls, the SVG
 * download is a vector figure of the view, and the page prints without its controls.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { totalStatement } from '../../src/data/growth.ts';
import { MILESTONES } from '../../src/data/milestones.ts';
import { PUBLISHED_TOTALS } from '../../src/data/published-totals.ts';
import { REGIONS } from '../../src/data/regions.ts';
import { yearView } from '../../src/data/year-view.ts';
import {
  collectErrors,
  launch,
  maplibreShown,
  mapState,
  pinUncovered,
  screenshot,
} from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const desktop = { viewport: { width: 1280, height: 800 } };

async function open(query: string, options = desktop): Promise<Page> {
  const page = await browser.newPage(options);
  await page.goto(`${baseUrl}${query}`);
  await mapState(page);
  return page;
}

const sliderYear = (page: Page) => page.locator('#year-slider').inputValue();

describe('the growth chart', () => {
  it('chooses the year a reader clicks or reaches by keys, and marks it', async () => {
    const page = await open('?year=2026');
    const chart = page.locator('[data-growth-chart]');
    await chart.locator('[data-year="2019"]').click();
    expect(await sliderYear(page)).toBe('2019');
    expect(await page.locator('#summary-year').textContent()).toContain('2019');
    const chosen = chart.locator('[data-year="2019"]');
    expect(await chosen.getAttribute('aria-pressed')).toBe('true');
    // The chosen year is the chart's one stop in the tab order; arrows move from it.
    await chosen.focus();
    await page.keyboard.press('ArrowLeft');
    expect(await sliderYear(page)).toBe('2018');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-year')))
      .toBe('2018');
    await page.keyboard.press('End');
    expect(await sliderYear(page)).toBe(String(new Date().getUTCFullYear()));
    await screenshot(page, 'chart-1280');
    await page.close();
  });

  it('names each of Alibaba’s totals with its numbers and source, and says how the map differs', async () => {
    const page = await open('?year=2025');
    const marks = page.locator('[data-published-total]');
    expect(await marks.count()).toBe(PUBLISHED_TOTALS.length);
    const register = page.locator('[data-published-total="2025-09-24"]');
    expect(await register.getAttribute('aria-label')).toBe(
      'Alibaba: 29 regions, 91 zones (The Register, 25 September 2025)',
    );
    for (const total of PUBLISHED_TOTALS) {
      const name = await page
        .locator(`[data-published-total="${total.date}"]`)
        .getAttribute('aria-label');
      expect(name).toBe(totalStatement(total, EN));
      expect(name).toContain(String(total.regions));
    }
    // Focus shows what Alibaba said beside what the map counts, and the note on why.
    await register.focus();
    const readout = page.locator('[data-growth-chart] .readout');
    await expect.poll(() => readout.textContent()).toContain('This map, at 24 September 2025');
    expect(await readout.textContent()).toContain('Alibaba’s table as copied in December 2025');
    // The tick focused is the one marked, and says it is open.
    expect(await register.getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });

  it('does not draw an unknown zone count as zero', async () => {
    const page = await open('?year=2016');
    const label = await page
      .locator('[data-growth-chart] [data-year="2016"]')
      .getAttribute('aria-label');
    expect(label).toBe('2016: 13 regions, zones not known');
    await page.locator('[data-growth-chart] summary').click();
    const row = page.locator('[data-growth-chart] tbody tr', { hasText: '2016' }).first();
    expect(await row.textContent()).toContain('not known');
    await page.close();
  });

  it('sits under the map on a phone, so the map stays near the top', async () => {
    const page = await open('?year=2025', { viewport: { width: 375, height: 740 } });
    const chart = (await page.locator('[data-growth-chart]').boundingBox())!;
    const map = (await page.locator('[data-map-state]').boundingBox())!;
    expect(chart.y).toBeGreaterThan(map.y + map.height);
    await page.locator('[data-growth-chart] [data-year="2020"]').click();
    expect(await sliderYear(page)).toBe('2020');
    await page.close();
  });
});

describe('milestones', () => {
  it('are marked on the slider’s track by name, and choosing one lists it with its source', async () => {
    const page = await open('?year=2026');
    const apsara = MILESTONES.find((m) => m.id === 'apsara-2025')!;
    const mark = page.locator('[data-milestone~="apsara-2025"]');
    expect(await mark.getAttribute('aria-label')).toContain(apsara.title);
    await mark.click();
    expect(await sliderYear(page)).toBe('2025');
    const listed = page.locator('[data-milestone-event="apsara-2025"]');
    expect(await listed.textContent()).toContain(apsara.title);
    // Its seed source opens the seed document itself.
    const link = listed.locator('a', { hasText: 'The Register' });
    const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toMatch(/\/seeds\/001_5644caed36047b1b\.txt$/);
    expect(await popup.locator('body').textContent()).toContain(
      'first datacenters in Brazil, France, and The Netherlands',
    );
    await popup.close();
    // A web source links to the page it cites.
    expect(await listed.locator('a').first().getAttribute('href')).toBe(
      (apsara.sources[0] as { url: string }).url,
    );
    await page.close();
  });
});

describe('story.html', () => {
  /**
   * Scrolls as a reader does to read a step: its top just inside the part of the window the map
   * leaves (under the map on a phone, two thirds down beside it).
   */
  async function readStep(page: Page, year: string, behavior: ScrollBehavior = 'instant') {
    await page.evaluate(
      ([y, how]) => {
        const step = document.querySelector(`[data-step][data-year="${y}"]`)!;
        const graphic = document.querySelector('.graphic')!.getBoundingClientRect();
        const spans = graphic.width > innerWidth * 0.9;
        // Held at the window's top once the page scrolls, the map ends at its own height.
        const line = spans ? graphic.height + 24 : (innerHeight * 2) / 3 - 24;
        window.scrollBy({ top: step.getBoundingClientRect().top - line, behavior: how });
      },
      [year, behavior] as const,
    );
  }

  for (const [width, height] of [
    [1280, 800],
    [650, 800],
    [375, 740],
  ] as const) {
    it(`marks each step’s region on the map as the reader scrolls, uncovered, at ${width} px`, async () => {
      const page = await browser.newPage({
        viewport: { width, height },
        reducedMotion: 'reduce',
      });
      const errors = collectErrors(page);
      await page.goto(`${baseUrl}story.html`);
      const map = page.locator('alibaba-cloud-map');
      await mapState(page);
      await readStep(page, '2016');
      await expect.poll(() => map.getAttribute('year')).toBe('2016');
      expect(await map.getAttribute('region')).toBe('frankfurt');
      // The map, not a card: the region is marked and said under the map, its story closed.
      await expect
        .poll(() => map.locator('[data-chosen]').getAttribute('data-chosen'))
        .toBe('frankfurt');
      expect(await map.locator('#region-panel-title').count()).toBe(0);
      await expect.poll(() => pinUncovered(page, 'frankfurt')).toBe(true);
      // The map stayed in view while the reader scrolled.
      const box = (await map.boundingBox())!;
      expect(box.y).toBeLessThanOrEqual(8);
      await screenshot(page, `story-${width}`);
      await readStep(page, '2024');
      await expect.poll(() => map.getAttribute('region')).toBe('sydney');
      await expect.poll(() => pinUncovered(page, 'sydney')).toBe(true);
      // The story opens when the reader asks, over the map, and the next step closes it.
      await map.getByRole('button', { name: /^Open the story of/ }).click();
      await expect.poll(() => map.locator('#region-panel-title').textContent()).toBe('Sydney');
      await readStep(page, '2019');
      await expect.poll(() => map.getAttribute('year')).toBe('2019');
      expect(await map.getAttribute('region')).toBeNull();
      expect(await map.locator('#region-panel-title').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('follows a smooth jump that lands a step just past the reading line', async () => {
    const page = await browser.newPage(desktop);
    await page.goto(`${baseUrl}story.html`);
    const map = page.locator('alibaba-cloud-map');
    await mapState(page);
    await readStep(page, '2015');
    await expect.poll(() => map.getAttribute('year')).toBe('2015');
    // From 2015 straight to 2025, past three steps, landing 5 px beyond the line.
    await page.evaluate(() => {
      const step = document.querySelector('[data-step][data-year="2025"]')!;
      const top = step.getBoundingClientRect().top - ((innerHeight * 2) / 3 - 5);
      window.scrollBy({ top, behavior: 'smooth' });
    });
    await expect.poll(() => map.getAttribute('year'), { timeout: 10_000 }).toBe('2025');
    expect(await map.getAttribute('region')).toBe('brazil');
    await page.close();
  });

  it('gives each step a link to its own view', async () => {
    const page = await browser.newPage(desktop);
    await page.goto(`${baseUrl}story.html`);
    const steps = page.locator('[data-step]');
    for (let i = 0; i < (await steps.count()); i++) {
      const step = steps.nth(i);
      const year = await step.getAttribute('data-year');
      const region = await step.getAttribute('data-region');
      const href = await step.locator('a.view-link').getAttribute('href');
      expect(href).toBe(region ? `./view/${year}/${region}/` : `./view/${year}/`);
    }
    await page.goto(new URL('view/2016/frankfurt/', `${baseUrl}story.html`).href);
    await mapState(page);
    expect(await sliderYear(page)).toBe('2016');
    // The view's page marks the region on the map; its story is a click away.
    expect(await page.locator('[data-chosen]').getAttribute('data-chosen')).toBe('frankfurt');
    expect(await page.locator('#region-panel-title').count()).toBe(0);
    await page.getByRole('button', { name: 'Open the story of Frankfurt' }).click();
    expect(await page.locator('#region-panel-title').textContent()).toBe('Frankfurt');
    await page.close();
  });
});

describe('a figure for print', () => {
  it('downloads the view as an SVG: the map with its pins, title, year, key and source line', async () => {
    const page = await open('?year=2016');
    await maplibreShown(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /SVG/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('alibaba-cloud-regions-2016.svg');
    const markup = readFileSync((await download.path())!, 'utf8');
    const svg = new JSDOM(markup, { contentType: 'image/svg+xml' }).window.document;
    expect(svg.querySelector('parsererror')).toBeNull();
    const words = [...svg.querySelectorAll('#words text')].map((t) => t.textContent).join(' ');
    expect(words).toContain('Alibaba Cloud’s data-center regions');
    expect(words).toContain('2016');
    expect(words).toContain('13 regions operating in 8 countries and territories');
    expect(words).toContain('Operating');
    expect(words).toContain('Source:');
    // Vector pins: one drawn group per region the year shows, and the countries as paths.
    const shown = yearView(REGIONS, 2016, EN).visible.length;
    expect(svg.querySelectorAll('#map [data-drawn-pin]:not([display="none"])').length).toBe(shown);
    expect(svg.querySelectorAll('#map path').length).toBeGreaterThan(1);
    expect(svg.querySelectorAll('#key circle').length).toBeGreaterThanOrEqual(6);
    await page.close();
  });

  it('prints the map at the chosen year with its key, events and list, and no controls', async () => {
    const page = await open('?year=2016&region=frankfurt');
    await page.getByRole('button', { name: 'Open the story of Frankfurt' }).click();
    await maplibreShown(page);
    await page.emulateMedia({ media: 'print' });
    const hidden = [
      '#year-slider',
      'button[aria-label="Play the years"]',
      '.embed-button',
      'nav.languages',
      '.maplibregl-ctrl-zoom-in',
      '[data-pin-id]',
      'button:has-text("this view (PNG)")',
    ];
    for (const selector of hidden) {
      await expect
        .poll(() => page.locator(selector).first().isVisible(), { message: selector })
        .toBe(false);
    }
    // The map is the SVG, at the chosen year, with the open region as on screen.
    const svgMap = page.locator('svg.svg-map');
    await expect.poll(() => svgMap.isVisible()).toBe(true);
    const drawn = await svgMap.locator('[data-drawn-pin]:not([display="none"])').count();
    expect(drawn).toBe(yearView(REGIONS, 2016, EN).visible.length);
    for (const text of ['Key', 'In 2016', 'All regions in 2016']) {
      expect(await page.getByText(text, { exact: true }).first().isVisible(), text).toBe(true);
    }
    // The open region's story prints too, its events and their sources with it.
    expect(await page.locator('#region-panel-title').isVisible()).toBe(true);
    expect(await page.locator('#region-panel ol.timeline li').first().isVisible()).toBe(true);
    await page.screenshot({ path: 'tests/output/print-1280.png', fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => page.locator('#year-slider').isVisible()).toBe(true);
    await page.close();
  });
});
