/**
 * The dataset against Alibaba's own published totals. Tolerances:
 * - regions: exact where Alibaba counts regions; within one where it counted data-centre locations
 *   (before 2018, a city's second data centre sometimes counted apart);
 * - zones: within two where every running region has a zone count known at the date; otherwise the
 *   dataset's known zones (a lower bound) must not exceed Alibaba's total;
 * - mainland China's regions, where Alibaba gives them: exact.
 * Any difference at all must be explained in the total's note.
 */
import { describe, expect, it } from 'vitest';
import { EN } from './fixtures.test-helpers.ts';
import { PUBLISHED_TOTALS } from './published-totals.ts';
import { REGIONS } from './regions.ts';
import { countsAt } from './status.ts';

const ZONE_TOLERANCE = 2;

describe('Alibaba’s published totals', () => {
  it.each(PUBLISHED_TOTALS.map((total) => [EN.date(total.date), total] as const))(
    'agree with the dataset on %s',
    (_, total) => {
      const ours = countsAt(REGIONS, total.date);
      const regionTolerance = total.unit === 'regions' ? 0 : 1;
      expect(Math.abs(ours.regions - total.regions)).toBeLessThanOrEqual(regionTolerance);
      if (total.mainlandChina !== undefined) expect(ours.mainlandChina).toBe(total.mainlandChina);
      if (total.zones !== undefined) {
        if (ours.regionsWithUnknownZones === 0) {
          expect(Math.abs(ours.zones - total.zones)).toBeLessThanOrEqual(ZONE_TOLERANCE);
        } else {
          expect(ours.zones).toBeLessThanOrEqual(total.zones);
        }
      }
      const differs =
        ours.regions !== total.regions || (total.zones !== undefined && ours.zones !== total.zones);
      if (differs) expect(total.note, 'a difference needs a note').toBeTruthy();
    },
  );

  it('match exactly where Alibaba’s own regions table gives every count (June 2021)', () => {
    const total = PUBLISHED_TOTALS.find((t) => t.date === '2021-06-08')!;
    const ours = countsAt(REGIONS, total.date);
    expect([ours.regions, ours.zones, ours.regionsWithUnknownZones]).toEqual([24, 75, 0]);
  });
});
