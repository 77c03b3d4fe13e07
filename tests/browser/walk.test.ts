/**
 * A seeded random walk of the controls, as a quick reader on a turning phone would use them: slider
 * keys and drags, play and pause, pins, Esc, back and forward, theme and language switches, the
 * other providers' layers, resizes, and drags, wheels and zooms of the map (which start MapLibre), fired at random moments
 * from before the page is ready. When it settles, everything must agree, whichever renderer
 * draws. A step may find its control not there yet (a timeout); any other error fails the walk.
 *
 * `npm test` walks WALK_SEEDS seeds (default 4) from WALK_FIRST_SEED (default 1). A failure names
 * its seed and steps; `WALK_FIRST_SEED=17 WALK_SEEDS=1 npx vitest run tests/browser/walk.test.ts`
 * replays one.
 */
import { errors as playwright, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seededRandom } from '../random.mjs';
import { disagreements } from './agreement.ts';
import { collectErrors, launch } from './browser.ts';

const baseUrl = inject('baseUrl');
const SEEDS = Number(process.env.WALK_SEEDS ?? 4);
const FIRST_SEED = Number(process.env.WALK_FIRST_SEED ?? 1);
const STEPS = Number(process.env.WALK_STEPS ?? 24);
/** Long enough for MapLibre to settle in software GL after the walk's last step. */
const SETTLE_MS = 30_000;
/** Longest pause between steps: some steps land mid-load or mid-frame, some after. */
const MAX_PAUSE_MS = 400;

const SIZES = [
  { width: 375, height: 740 },
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
] as const;
const KEYS = ['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End'] as const;
const START_QUERIES = ['', '?year=2016', '?year=2024&region=sydney', '?year=2026&region=paris'];

type Step = (page: Page) => Promise<string>;

/** Each step does what a reader would, and says what it did; a control not there yet is skipped. */
function steps(next: () => number): Step[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const quick = { timeout: 1_000 };
  return [
    async (page) => {
      const key = pick(KEYS);
      await page.locator('#year-slider').press(key, quick);
      return `press ${key}`;
    },
    async (page) => {
      const box = await page.locator('#year-slider').boundingBox(quick);
      if (!box) return 'drag (no slider yet)';
      const [from, to] = [next(), next()];
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + from * box.width, y);
      await page.mouse.down();
      await page.mouse.move(box.x + to * box.width, y, { steps: 4 });
      await page.mouse.up();
      return `drag slider ${from.toFixed(2)} to ${to.toFixed(2)}`;
    },
    async (page) => {
      const provider = pick(['aws', 'azure', 'google'] as const);
      await page.locator(`.compare label[data-provider="${provider}"]`).click(quick);
      return `compare with ${provider} (switch)`;
    },
    async (page) => {
      await page.locator('.play').click(quick);
      return 'play/pause';
    },
    async (page) => {
      // A reader presses a pin where they see it: inside the map's box and the window, at the
      // place it is drawn now. The camera may still be moving, so the press lands on whatever is
      // there when it arrives, as a reader's would.
      const pins = await page.evaluate(() => {
        const map = document.querySelector('[data-map-state]');
        if (!map) return [];
        map.scrollIntoView({ block: 'nearest' });
        const box = map.getBoundingClientRect();
        const left = Math.max(box.left, 0);
        const top = Math.max(box.top, 0);
        const right = Math.min(box.right, window.innerWidth);
        const bottom = Math.min(box.bottom, window.innerHeight);
        return [...document.querySelectorAll<HTMLElement>('button[data-pin-id]')].flatMap((pin) => {
          const at = pin.getBoundingClientRect();
          const [x, y] = [at.x + at.width / 2, at.y + at.height / 2];
          const seen = x > left && x < right && y > top && y < bottom;
          return seen ? [{ id: pin.dataset.pinId ?? '', x, y }] : [];
        });
      });
      if (pins.length === 0) return 'open (no pin in view)';
      const { id, x, y } = pick(pins);
      await page.mouse.click(x, y);
      return `open ${id}`;
    },
    async (page) => {
      const story = page.locator('[data-chosen] button.story');
      if ((await story.count()) === 0) return 'story (none chosen)';
      await story.click(quick);
      return 'story';
    },
    async (page) => {
      const clear = page.locator('[data-chosen] button.clear');
      if ((await clear.count()) === 0) return 'clear (none chosen)';
      await clear.click(quick);
      return 'clear';
    },
    async (page) => {
      await page.keyboard.press('Escape');
      return 'Esc';
    },
    async (page) => {
      // Back from the walk's first page would leave the map (to the tab's blank page): a reader
      // who does that has left, so the walk goes back only within the map.
      const went = await page.evaluate(() => {
        const { navigation } = window as unknown as {
          navigation: { currentEntry: { index: number } };
        };
        const first = Number(sessionStorage.getItem('walk-first-entry') ?? Infinity);
        if (navigation.currentEntry.index <= first) return false;
        history.back();
        return true;
      });
      return went ? 'back' : 'back (not past the first page)';
    },
    async (page) => {
      await page.evaluate(() => history.forward());
      return 'forward';
    },
    async (page) => {
      const scheme = pick(['light', 'dark'] as const);
      await page.emulateMedia({ colorScheme: scheme });
      return `theme ${scheme}`;
    },
    async (page) => {
      const links = await page.locator('nav.languages a').all();
      if (links.length === 0) return 'language (no switch yet)';
      const link = pick(links);
      const lang = await link.getAttribute('lang', quick);
      await link.click(quick);
      return `language ${lang}`;
    },
    async (page) => {
      const size = pick(SIZES);
      await page.setViewportSize(size);
      return `resize ${size.width}x${size.height}`;
    },
    async (page) => {
      const box = await mapBox(page);
      if (!box) return 'drag map (no map yet)';
      const [x1, x2] = [inside(box.width)(), inside(box.width)()];
      const [y1, y2] = [inside(box.height)(), inside(box.height)()];
      await page.mouse.move(box.x + x1, box.y + y1);
      await page.mouse.down();
      await page.mouse.move(box.x + x2, box.y + y2, { steps: 5 });
      await page.mouse.up();
      return `drag map ${Math.round(x1)},${Math.round(y1)} to ${Math.round(x2)},${Math.round(y2)}`;
    },
    async (page) => {
      const box = await mapBox(page);
      if (!box) return 'wheel (no map yet)';
      const [x, y] = [inside(box.width)(), inside(box.height)()];
      const delta = next() < 0.5 ? -240 : 240;
      await page.mouse.move(box.x + x, box.y + y);
      await page.mouse.wheel(0, delta);
      return `wheel ${delta} at ${Math.round(x)},${Math.round(y)}`;
    },
    async (page) => {
      const buttons = await page
        .locator('.zoom-buttons button, .maplibregl-ctrl-zoom-in, .maplibregl-ctrl-zoom-out')
        .all();
      if (buttons.length === 0) return 'zoom (no buttons yet)';
      const button = pick(buttons);
      const name = await button.getAttribute('aria-label', quick);
      await button.click(quick);
      return `zoom button ${name}`;
    },
    async (page) => {
      const reset = page.locator('button.reset');
      if ((await reset.count()) === 0) return 'whole map (not moved)';
      await reset.click(quick);
      return 'whole map';
    },
  ];

  /** The map's box in the page, once there is a map. */
  async function mapBox(page: Page) {
    return page.locator('[data-map-state]').first().boundingBox(quick);
  }

  /** A random point's coordinate, clear of the map's edges (and its controls there). */
  function inside(length: number) {
    return () => length * (0.2 + 0.6 * next());
  }
}

/** What may interrupt a step without anything being wrong: its control was not there yet, or a
 * link the reader pressed was still loading the next page. */
function isInterruption(error: unknown): boolean {
  if (error instanceof playwright.TimeoutError) return true;
  return error instanceof Error && /Execution context was destroyed/.test(error.message);
}

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function walk(
  seed: number,
): Promise<{ done: string[]; page: Page; errors: string[]; failed: string[] }> {
  const next = seededRandom(seed);
  const all = steps(next);
  const start = START_QUERIES[Math.floor(next() * START_QUERIES.length)]!;
  const page = await browser.newPage({ viewport: SIZES[Math.floor(next() * SIZES.length)]! });
  const errors = collectErrors(page);
  const done = [`open ${start || '/'} at ${page.viewportSize()?.width}px`];
  const failed: string[] = [];
  // Steps start as soon as the document exists, before the map is ready.
  await page.goto(`${baseUrl}${start}`, { waitUntil: 'commit' });
  await page.evaluate(() => {
    const { navigation } = window as unknown as { navigation: { currentEntry: { index: number } } };
    sessionStorage.setItem('walk-first-entry', String(navigation.currentEntry.index));
  });
  for (let i = 0; i < STEPS; i++) {
    const step = all[Math.floor(next() * all.length)]!;
    try {
      done.push(await step(page));
    } catch (error) {
      if (!isInterruption(error)) failed.push(`step ${i + 1}: ${String(error)}`);
      done.push(isInterruption(error) ? '(a control was not there yet)' : '(failed)');
    }
    await page.waitForTimeout(Math.floor(next() * MAX_PAUSE_MS));
  }
  // Let playback stop where it is, as a reader would before reading the map.
  const pause = page.locator('.play[aria-pressed="true"]');
  if (await pause.count()) {
    await pause.click();
    done.push('pause');
  }
  return { done, page, errors, failed };
}

/** The walks that ended with MapLibre drawing the map. */
let reachedMapLibre = 0;

describe('a random walk of the controls', () => {
  for (let seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
    it(`ends with slider, heading, list, URL and every renderer in agreement (seed ${seed})`, async () => {
      const { done, page, errors, failed } = await walk(seed);
      expect(failed, `steps of seed ${seed}:\n  ${done.join('\n  ')}`).toEqual([]);
      let last: string[] = [];
      try {
        await expect
          .poll(async () => (last = await disagreements(page)), { timeout: SETTLE_MS })
          .toEqual([]);
      } catch {
        throw new Error(
          `Seed ${seed} ended in disagreement:\n  ${last.join('\n  ')}\nSteps:\n  ${done.join('\n  ')}\n${errors.join('\n')}`,
        );
      }
      expect(errors).toEqual([]);
      expect(new URL(page.url()).origin).toBe(new URL(baseUrl).origin);
      const renderer = await page.locator('[data-map-renderer]').getAttribute('data-map-renderer');
      if (renderer === 'maplibre') reachedMapLibre++;
      await page.close();
    });
  }

  it('reaches MapLibre in at least one walk, so the agreement covers both renderers', () => {
    expect(reachedMapLibre).toBeGreaterThan(0);
  });
});
