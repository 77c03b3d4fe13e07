import { describe, expect, it } from 'vitest';
import { validationContext } from '../../build/dataset.ts';
import { REGIONS } from './regions.ts';
import { SEED_DOCUMENTS } from './seeds.ts';
import { statusAt, zonesAt } from './status.ts';
import { formatIssues, validateRegions } from './validate.ts';

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
      'nanjing',
      'fuzhou',
      'wuhan',
      'zhongwei',
      'atlanta',
      'zhengzhou',
    ];
    expect(REGIONS.map((r) => r.id)).toEqual(expect.arrayContaining(places));
  });

  it('tells the stories of the seeds', () => {
    expect(statusAt(byId('frankfurt'), 2016)).toBe('operating');
    expect(statusAt(byId('paris'), 2016)).toBe('not-yet');
    expect(statusAt(byId('paris'), 2025)).toBe('announced');
    expect(statusAt(byId('paris'), 2026)).toBe('operating');
    expect(zonesAt(byId('paris'), 2026)).toBe(2);
    expect(zonesAt(byId('paris'), 2025)).toBeUndefined();
    expect(statusAt(byId('sydney'), 2023)).toBe('operating');
    expect(statusAt(byId('sydney'), 2024)).toBe('closed');
    expect(statusAt(byId('mumbai'), 2024)).toBe('closed');
    expect(statusAt(byId('brazil'), 2026)).toBe('announced');
    expect(statusAt(byId('netherlands'), 2026)).toBe('announced');
    expect(byId('netherlands').precision).toBe('approximate');
    expect(byId('brazil').city).toBe('São Paulo');
  });

  it('uses every seed document at least once', () => {
    const cited = new Set(
      REGIONS.flatMap((r) =>
        r.events.flatMap((e) => e.sources.map((s) => ('seed' in s ? s.seed : ''))),
      ),
    );
    for (const seed of Object.keys(validationContext().seeds)) expect(cited).toContain(seed);
  });

  it('describes every seed document for readers: its title at least', () => {
    for (const seed of Object.keys(validationContext().seeds)) {
      expect(SEED_DOCUMENTS[seed]?.title, seed).toBeTruthy();
    }
  });

  it('dates no opening by a documentation page’s “last updated” stamp', () => {
    // The 2024 stamps of Alibaba's help pages once stood for openings years older.
    const stamped = REGIONS.flatMap((region) =>
      region.events
        .filter((event) =>
          event.sources.some((s) => 'url' in s && /alibabacloud\.com\/help/.test(s.url)),
        )
        .filter((event) => event.sources.every((s) => 'url' in s && s.date === event.date))
        .map((event) => `${region.id} ${event.type} ${event.date}`),
    );
    expect(stamped).toEqual([]);
  });

  it('marks the kinds of region Alibaba names as such', () => {
    const kinds = Object.fromEntries(REGIONS.map((region) => [region.id, region.kind]));
    expect(kinds).toMatchObject({
      riyadh: 'partner',
      zhengzhou: 'joint-venture',
      nanjing: 'local',
      fuzhou: 'local',
      wuhan: 'local',
      hangzhou: 'public',
    });
    for (const region of REGIONS.filter((r) => r.kind !== 'public')) {
      expect(region.officialName?.en?.text).toMatch(/Local Region|Partner Region|Joint Venture/);
    }
  });

  it('shows the 2024 closures as closing between their announcement and their end', () => {
    expect(statusAt(byId('sydney'), '2024-08')).toBe('closing');
    expect(statusAt(byId('sydney'), '2024-10')).toBe('closed');
    expect(statusAt(byId('mumbai'), '2024-06-30')).toBe('closing');
  });
});
