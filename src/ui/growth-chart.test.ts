import { describe, expect, it } from 'vitest';
import { growthSeries } from '../data/growth.ts';
import { PUBLISHED_TOTALS } from '../data/published-totals.ts';
import { REGIONS } from '../data/regions.ts';
import { chartLayout, THUMB_HALF_PX } from './growth-chart.ts';

const WIDTH_PX = 300;
const layout = chartLayout(WIDTH_PX, growthSeries(REGIONS, 2009, 2026), PUBLISHED_TOTALS);

describe('the growth chart’s layout', () => {
  it('stands each year’s column under the slider thumb’s place for that year', () => {
    expect(layout.centre(2009)).toBe(THUMB_HALF_PX);
    expect(layout.centre(2026)).toBe(WIDTH_PX - THUMB_HALF_PX);
  });

  it('puts each published total inside the column of its year', () => {
    for (const mark of layout.totals) {
      const year = Number(mark.total.date.slice(0, 4));
      const bar = layout.bars.find((b) => b.year === year)!;
      const half = (layout.centre(year + 1) - layout.centre(year)) / 2;
      expect(Math.abs(mark.x - (bar.x + bar.width / 2)), mark.total.date).toBeLessThanOrEqual(half);
    }
  });

  it('draws no zone bar where no count is known, and marks a lower bound', () => {
    expect(layout.bars.find((b) => b.year === 2016)!.zonesTop).toBeUndefined();
    expect(layout.bars.find((b) => b.year === 2022)!.zonesAtLeast).toBe(true);
    expect(layout.bars.find((b) => b.year === 2025)!.zonesAtLeast).toBe(false);
  });

  it('keeps every bar and total inside its panel', () => {
    for (const bar of layout.bars) {
      expect(bar.regionsTop).toBeGreaterThanOrEqual(0);
      if (bar.zonesTop !== undefined) expect(bar.zonesTop).toBeGreaterThanOrEqual(layout.zonesHead);
    }
    for (const mark of layout.totals) {
      expect(mark.regionsY).toBeGreaterThanOrEqual(0);
      if (mark.zonesY !== undefined) expect(mark.zonesY).toBeGreaterThanOrEqual(layout.zonesHead);
    }
  });
});
