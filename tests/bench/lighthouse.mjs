/**
 * Lighthouse (mobile, simulated throttling: its defaults) on our built page and embed view, in
 * Debian's Chromium with the same flags as the rest of the benchmark. Each page is audited
 * `runs` times and each category's median score kept, since a single run of the performance
 * score moves by a few points.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.mjs';
import { median } from './measure.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** `{ [id]: { performance, accessibility, 'best-practices', seo, metrics } }` for `pages`. */
export async function lighthouseScores(pages, runs = 3) {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  const scores = {};
  try {
    for (const { id, url } of pages) {
      const results = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        results.push(result.lhr);
      }
      scores[id] = Object.fromEntries(
        CATEGORIES.map((category) => [
          category,
          median(results.map((lhr) => lhr.categories[category]?.score)),
        ]),
      );
      const audit = (name) => median(results.map((lhr) => lhr.audits[name]?.numericValue));
      scores[id].metrics = {
        firstContentfulPaint: audit('first-contentful-paint'),
        largestContentfulPaint: audit('largest-contentful-paint'),
        totalBlockingTime: audit('total-blocking-time'),
        cumulativeLayoutShift: audit('cumulative-layout-shift'),
      };
      // What kept a score below 1, for the closing notes: failed audits by title.
      scores[id].failed = [
        ...new Set(
          results.flatMap((lhr) =>
            CATEGORIES.filter((c) => c !== 'performance').flatMap((category) =>
              lhr.categories[category].auditRefs
                .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
                .map((ref) => `${category}: ${lhr.audits[ref.id].title}`),
            ),
          ),
        ),
      ];
    }
  } finally {
    await chrome.kill();
  }
  return scores;
}
