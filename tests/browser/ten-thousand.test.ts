/**
 * The page over 10,000 synthetic regions (the benchmark's dataset) stays usable by keyboard alone:
 * the slider moves the year, the pins are reached and walked with arrows, a region opens and Esc
 * brings focus back. No timings: the benchmark measures speed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../bench/synthetic.mjs';
import { launch, mapState } from './browser.ts';
import { serveFolder, type TestServer } from './servers.ts';

const ROOT = join(import.meta.dirname, '../..');
/** Outside the project, as the main test build is: a dev server beside the tests sees nothing. */
const OUT = mkdtempSync(join(tmpdir(), 'footprint-test-site-10k-'));
const SYNTHETIC = 10_000;

let browser: Browser;
let site: TestServer;

beforeAll(async () => {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: ROOT,
      logLevel: 'warn',
      plugins: [syntheticDataset(join(ROOT, 'src/data/regions.ts'), SYNTHETIC)],
      build: { outDir: OUT, emptyOutDir: true, chunkSizeWarningLimit: 8000 },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  site = await serveFolder(OUT);
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(OUT, { recursive: true, force: true });
});

const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return (
      active?.id ||
      active?.getAttribute('data-pin-id') ||
      active?.getAttribute('data-cluster') ||
      active?.tagName ||
      ''
    );
  });

describe('10,000 regions', () => {
  it('stays usable by keyboard: the year, the pins, a region and back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.origin}/view/2016/`);
    await mapState(page, 60_000);
    let tabs = 0;
    while ((await focused(page)) !== 'year-slider' && tabs++ < 40) await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('#summary-year').textContent(), { timeout: 30_000 })
      .toContain('2017');
    tabs = 0;
    while (tabs++ < 40) {
      await page.keyboard.press('Tab');
      const onPin = await page.evaluate(
        () => document.activeElement?.matches('[data-pin-id], [data-cluster]') ?? false,
      );
      if (onPin) break;
    }
    const first = await focused(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focused(page), { timeout: 30_000 }).not.toBe(first);
    const pin = await focused(page);
    await page.keyboard.press('Enter');
    // A region's story, or a crowd's list to choose from.
    await expect
      .poll(() => page.locator('#region-panel-title, [role="dialog"]:not([hidden])').count(), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page), { timeout: 30_000 }).toBe(pin);
    // The list draws a page of rows and offers the rest.
    const more = page.getByRole('button', { name: /^Show 200 more of [\d,]+ regions$/ });
    expect(await more.count()).toBe(1);
    const rows = page.locator('#region-list tbody tr');
    expect(await rows.count()).toBe(200);
    await more.click();
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(400);
    await page.close();
  });
});
