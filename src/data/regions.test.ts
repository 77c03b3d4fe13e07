import { describe, expect, it } from 'vitest';
import { validationContext } from './dataset-plugin';
import { REGIONS } from './regions';
import { countsAt, statusAt } from './status';
import { formatIssues, validateRegions } from './validate';

const byId = (id: string) => {
  const region = REGIONS.find((r) => r.id === id);
  if (!region) throw new Error(`no region ${id}`);
  return region;
};

describe('the region dataset', () => {
  it('passes the validator', () => {
    const issues = validateRegions(REGIONS, validationContext());
    expect(formatIssues(issues)).toBe('');
  });

  it('has every place the seeds and the brief name', () => {
    const places = [
      'hangzhou',
      'shanghai',
      'qingdao',
      'beijing',
      'zhangjiakou',
      'hohhot',
      'ulanqab',
      'shenzhen',
      'heyuan',
      'guangzhou',
      'chengdu',
      'hong-kong',
      'singapore',
      'kuala-lumpur',
      'johor',
      'jakarta',
      'manila',
      'bangkok',
      'tokyo',
      'seoul',
      'dubai',
      'riyadh',
      'frankfurt',
      'london',
      'paris',
      'silicon-valley',
      'virginia',
      'mexico',
      'sydney',
      'mumbai',
      'brazil',
      'netherlands',
    ];
    expect(REGIONS.map((r) => r.id)).toEqual(expect.arrayContaining(places));
  });

  it('tells the stories of the seeds', () => {
    expect(statusAt(byId('frankfurt'), 2016)).toBe('operating');
    expect(statusAt(byId('paris'), 2016)).toBe('not-yet');
    expect(statusAt(byId('paris'), 2025)).toBe('announced');
    expect(statusAt(byId('paris'), 2026)).toBe('operating');
    expect(byId('paris').zones).toBe(2);
    expect(statusAt(byId('sydney'), 2023)).toBe('operating');
    expect(statusAt(byId('sydney'), 2024)).toBe('closed');
    expect(statusAt(byId('mumbai'), 2024)).toBe('closed');
    expect(statusAt(byId('brazil'), 2026)).toBe('announced');
    expect(statusAt(byId('netherlands'), 2026)).toBe('announced');
    expect(byId('brazil').precision).toBe('approximate');
  });

  it('uses every seed document at least once', () => {
    const cited = new Set(
      REGIONS.flatMap((r) =>
        r.events.flatMap((e) => e.sources.map((s) => ('seed' in s ? s.seed : ''))),
      ),
    );
    for (const seed of Object.keys(validationContext().seeds)) expect(cited).toContain(seed);
  });

  it('counts regions, zones and countries at a date', () => {
    const counts = countsAt(REGIONS, 2026);
    expect(counts.regions).toBeGreaterThan(25);
    expect(counts.countries).toBeGreaterThan(12);
  });
});
