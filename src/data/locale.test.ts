import { describe, expect, it } from 'vitest';
import { EN, region } from './fixtures.test-helpers.ts';
import { createLocale, DATA_LANGUAGE, type Messages } from './locale.ts';
import zh from './messages/zh-CN.ts';
import { MILESTONES } from './milestones.ts';
import { REGIONS } from './regions.ts';
import { languageName, loadLocale, preferredLanguage } from './languages.ts';
import { yearLine, yearView } from './year-view.ts';

const ZH = createLocale('zh-CN', zh);
const paris = REGIONS.find((r) => r.id === 'paris')!;

describe('a language and its formats', () => {
  it('formats dates no more precisely than the source, in each language', () => {
    expect([EN.date('2016'), EN.date('2026-06'), EN.date('2016-11-03')]).toEqual([
      '2016',
      'June 2026',
      '3 November 2016',
    ]);
    expect([ZH.date('2016'), ZH.date('2026-06'), ZH.date('2016-11-03')]).toEqual([
      '2016年',
      '2026年6月',
      '2016年11月3日',
    ]);
    expect([EN.inYear('2016-11-03'), EN.inYear('2016-11'), EN.inYear('2016')]).toEqual([
      '3 November',
      'November',
      '',
    ]);
    expect([ZH.inYear('2016-11-03'), ZH.inYear('2016-11')]).toEqual(['11月3日', '11月']);
  });

  it('names countries from the platform in each language', () => {
    expect([EN.country('FR'), ZH.country('FR')]).toEqual(['France', '法国']);
    expect(ZH.country('NL')).toBe('荷兰');
  });

  it('calls a region by Alibaba’s Chinese name in Chinese, and by place and country in English', () => {
    expect(EN.regionName(paris)).toBe('Paris, France');
    expect(ZH.regionName(paris)).toBe('法国（巴黎）');
    // No official Chinese name: the country in Chinese, the place as the dataset spells it.
    const atlanta = region({
      id: 'atlanta',
      name: 'Atlanta',
      country: 'US',
      officialName: undefined,
    });
    expect(ZH.regionName(atlanta)).toBe('美国（Atlanta）');
    const netherlands = region({
      id: 'netherlands',
      name: 'Netherlands',
      country: 'NL',
      officialName: undefined,
    });
    expect(ZH.regionName(netherlands)).toBe('荷兰');
  });

  it('words a year in Chinese with no English left in it', () => {
    const view = yearView(REGIONS, 2026, ZH);
    expect(view.pin('paris')?.label).toMatch(/^法国（巴黎）：自2026年\d+月(\d+日)?起运营$/);
    const line = yearLine(yearView(REGIONS, 2025, ZH), ZH);
    expect(line).toMatch(/^2025年：/);
    expect(line).toContain('墨西哥开服');
    for (const pin of view.pins)
      expect(pin.label).not.toMatch(/\b(by|since|operating|announced)\b/);
  });

  it('counts in English with the plural the platform gives', () => {
    expect(EN.m.growth.regions(1)).toBe('1 region');
    expect(EN.m.growth.regions(10000)).toBe('10,000 regions');
  });

  it('has every company milestone’s title in every language but the dataset’s own', () => {
    const files = import.meta.glob<Messages>('./messages/*.ts', { eager: true, import: 'default' });
    const others = Object.entries(files).filter(([path]) => !path.endsWith(`/${DATA_LANGUAGE}.ts`));
    expect(others.length).toBeGreaterThan(0);
    for (const [path, messages] of others) {
      const titles = Object.keys(messages.milestoneTitles).sort();
      expect(titles, path).toEqual(MILESTONES.map((milestone) => milestone.id).sort());
    }
  });
});

describe('choosing a language', () => {
  it('takes the first of the reader’s languages the map speaks, exactly or by its language', () => {
    expect(preferredLanguage(['fr-FR', 'zh-TW', 'en'])).toBe('zh-CN');
    expect(preferredLanguage(['zh-Hans-CN'])).toBe('zh-CN');
    expect(preferredLanguage(['en-US', 'zh-CN'])).toBe('en');
    expect(preferredLanguage(['de', 'fr'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });

  it('loads each language once, and English for a tag it does not speak', async () => {
    expect(await loadLocale('zh-cn')).toBe(await loadLocale('zh-CN'));
    expect((await loadLocale('fr')).lang).toBe('en');
    expect(languageName('zh-CN')).toBe('中文');
    expect(languageName('en')).toBe('English');
  });
});
