import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.mjs';

export const SCREENSHOTS = join(import.meta.dirname, '../output');

/** Fails, never skips, when there is no browser: a skipped browser test proves nothing. */
export async function launch(extraFlags: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, ...extraFlags] });
}

/** Console errors and page errors, less Chromium's software-GL chatter. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/GPU stall due to ReadPixels|WebGL|swiftshader/i.test(text)) return;
    errors.push(text);
  });
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Waits for the map element to leave `loading`; returns the state it reached. */
export async function mapState(page: Page, timeout = 30_000): Promise<string> {
  const handle = await page.waitForFunction(
    () => {
      const state = document.querySelector('[data-map-state]')?.getAttribute('data-map-state');
      return state && state !== 'loading' ? state : false;
    },
    undefined,
    { timeout },
  );
  return (await handle.jsonValue()) as string;
}

/**
 * Reaches for the map, as a reader's drag or zoom would (MapLibre starts on nothing less), and waits
 * until MapLibre has replaced the SVG first paint. Pierces a custom element's shadow root.
 */
export async function maplibreShown(page: Page, timeout = 30_000): Promise<void> {
  const map = page.locator('div.map[data-map-state="ready"]').first();
  await map.waitFor({ state: 'attached', timeout });
  await map.evaluate((element) => (element as HTMLElement & { interactive(): void }).interactive());
  await page.waitForSelector('[data-map-renderer="maplibre"]', { timeout, state: 'attached' });
}

/**
 * Whether the region's pin (or the crowd control it stands in) is on screen and the topmost thing
 * at its centre: nothing of the page or the map covers it. Looks inside the custom element's shadow
 * root when the map lives in one.
 */
export function pinUncovered(page: Page, id: string): Promise<boolean> {
  return page.evaluate((regionId) => {
    const host = document.querySelector('alibaba-cloud-map');
    const root: Document | ShadowRoot = host?.shadowRoot ?? document;
    const escaped = CSS.escape(regionId);
    const pin = root.querySelector<HTMLElement>(
      `[data-pin-id="${escaped}"], [data-cluster~="${escaped}"]`,
    );
    if (!pin) return false;
    const box = pin.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    // The page's topmost element there is the map's own (its host, for a custom element) ...
    const top = document.elementFromPoint(x, y);
    if (host ? top !== host : !pin.contains(top) && top !== pin) return false;
    // ... and inside it, the pin itself.
    const inner = root.elementFromPoint(x, y);
    return inner === pin || pin.contains(inner);
  }, id);
}

const AXE = readFileSync(
  join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'),
  'utf8',
);

/** axe-core's WCAG 2.1 AA and best-practice violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
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
