/**
 * The dataset the live map shows: the modules as they are, at the changelog's version (which the
 * build writes in, so the changelog itself stays out of what ships).
 */
import type { Dataset } from './dataset.ts';
import { MILESTONES } from './milestones.ts';
import { PUBLISHED_TOTALS } from './published-totals.ts';
import { REGIONS } from './regions.ts';

export const LIVE: Dataset = {
  version: __DATA_VERSION__,
  regions: REGIONS,
  milestones: MILESTONES,
  publishedTotals: PUBLISHED_TOTALS,
};
