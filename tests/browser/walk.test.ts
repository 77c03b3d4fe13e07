/**
 * A seeded random walk of the controls, as a quick reader on a turning phone would use them: slider
 * keys and drags, play and pause, pins, Esc, back and forward, theme and language switches and
 * resizes, fired at
 * random moments from before the page is ready. When it settles, everything must agree.
 *
 * `npm test` walks WALK_SEEDS seeds (default 4) from WALK_FIRST_SEED (default 1). A failure names
 * its seed and steps; `WALK_FIRST_SEED=17 WALK_SEEDS=1 npx vitest run tests/browser/walk.test.ts`
 * replays one.
 */
import type { Browser, Page } from 'playwright-core';
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
      await page.locator('.play').click(quick);
      return 'play/pause';
    },
    async (page) => {
      const pins = await page.locator('button[data-pin-id]').all();
      if (pins.length === 0) return 'open (no pins yet)';
      const pin = pick(pins);
      const id = await pin.getAttribute('data-pin-id', quick);
      await pin.click({ ...quick, force: true });
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
  ];
}

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function walk(seed: number): Promise<{ done: string[]; page: Page; errors: string[] }> {
  const next = seededRandom(seed);
  const all = steps(next);
  const start = START_QUERIES[Math.floor(next() * START_QUERIES.length)]!;
  const page = await browser.newPage({ viewport: SIZES[Math.floor(next() * SIZES.length)]! });
  const errors = collectErrors(page);
  const done = [`open ${start || '/'} at ${page.viewportSize()?.width}px`];
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
    } catch {
      done.push('(a control was not there yet)');
    }
    await page.waitForTimeout(Math.floor(next() * MAX_PAUSE_MS));
  }
  // Let playback stop where it is, as a reader would before reading the map.
  const pause = page.locator('.play[aria-pressed="true"]');
  if (await pause.count()) {
    await pause.click();
    done.push('pause');
  }
  return { done, page, errors };
}

describe('a random walk of the controls', () => {
  for (let seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
    it(`ends with slider, heading, list, URL and every renderer in agreement (seed ${seed})`, async () => {
      const { done, page, errors } = await walk(seed);
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
      await page.close();
    });
  }
});
