import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../build/dataset.ts';
import { compareDates, isEventDate } from './dates.ts';
import { MILESTONES } from './milestones.ts';
import { isSeedSource } from './types.ts';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('company milestones', () => {
  const seeds = readSeeds();

  it('are dated, oldest first, each with a unique id and a source', () => {
    for (const milestone of MILESTONES) {
      expect(isEventDate(milestone.date), milestone.id).toBe(true);
      expect(milestone.sources.length, milestone.id).toBeGreaterThan(0);
    }
    const dates = MILESTONES.map((milestone) => milestone.date);
    expect(dates.toSorted(compareDates)).toEqual(dates);
    expect(new Set(MILESTONES.map((milestone) => milestone.id)).size).toBe(MILESTONES.length);
  });

  it('quote the seed documents word for word', () => {
    for (const milestone of MILESTONES) {
      for (const source of milestone.sources.filter(isSeedSource)) {
        expect(collapse(seeds[source.seed] ?? ''), milestone.id).toContain(collapse(source.quote));
      }
    }
  });

  it('cover what the story needs: the launch, going abroad, the pledges, the closures, Apsara', () => {
    const ids = MILESTONES.map((milestone) => milestone.id);
    for (const id of [
      'launch',
      'first-outside-mainland',
      'first-overseas',
      'closures-2024',
      'pledge-2025',
      'apsara-2025',
      'paris-uefa',
    ]) {
      expect(ids).toContain(id);
    }
  });
});
