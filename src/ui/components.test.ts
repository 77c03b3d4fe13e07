/**
 * The components that show the year's facts, rendered with Svelte's server renderer: what a reader
 * (or a screen reader) gets, without a browser.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import { EN, event, region, zoneCount } from '../data/fixtures.test-helpers.ts';
import { PEER_PROVIDERS } from '../data/types.ts';
import { AppState } from './app-state.svelte.ts';
import ChosenRegion from './ChosenRegion.svelte';
import Legend from './Legend.svelte';
import RegionList from './RegionList.svelte';
import RegionPanel from './RegionPanel.svelte';
import WithPage from './testing/WithPage.svelte';
import YearSummary from './YearSummary.svelte';

const regions = [
  region({
    id: 'frankfurt',
    name: 'Frankfurt',
    regionId: 'eu-central-1',
    officialName: { zh: { text: '德国（法兰克福）', sources: [{ seed: 'a.txt', quote: 'q' }] } },
    zoneCounts: zoneCount(3),
    events: [
      {
        ...event('opened', '2016-11'),
        note: { en: 'first region in Europe', 'zh-CN': '欧洲首个地域' },
      },
    ],
  }),
  region({
    id: 'sydney',
    name: 'Sydney',
    country: 'AU',
    events: [event('opened', '2016'), event('closed', '2024-09-30')],
  }),
  region({
    id: 'hangzhou',
    name: 'Hangzhou',
    country: 'CN',
    events: [{ ...event('opened', '2014-05'), certainty: 'by' as const }],
  }),
  region({ id: 'paris', name: 'Paris', country: 'FR', events: [event('announced', '2025-09')] }),
];

function markup<Props extends Record<string, unknown>>(
  component: Component<Props>,
  props: Props,
  year: number,
  open?: string,
): string {
  const app = new AppState({
    regions,
    now: new Date('2026-11-23'),
    initial: { year, region: open },
    locale: EN,
  });
  // WithPage renders any component; the props were checked against it above.
  const rendered = component as unknown as Component<Record<string, unknown>>;
  return render(WithPage, { props: { app, component: rendered, props } }).body;
}

function html<Props extends Record<string, unknown>>(
  component: Component<Props>,
  props: Props,
  year: number,
  open?: string,
): string {
  // Markup aside, the text a reader gets, one space between words.
  return markup(component, props, year, open)
    .replace(/<!--.*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the region list', () => {
  it('lists the regions known at the year in the order they came, with the date of their status', () => {
    const text = html(RegionList, {}, 2024);
    expect(text).toContain('All regions in 2024');
    // The country repeats under the name for phones, where its own column is hidden.
    expect(text).toMatch(
      /Hangzhou China China Operating by May 2014 – Frankfurt Germany Germany Operating November 2016 3 Sydney Australia Australia Closed 30 September 2024 –/,
    );
    expect(text).not.toContain('Paris');
    expect(text).toContain('1 more region was announced after 2024.');
  });
});

describe('the year summary', () => {
  it('counts the operating regions and lists the year’s events', () => {
    const text = html(YearSummary, {}, 2016);
    expect(text).toMatch(/Regions operating 3 Availability zones ≥ 3 Countries and territories 3/);
    expect(text).toContain('no count was published by then for 2 regions.');
    // Frankfurt's month is known, so it comes before Sydney's bare year.
    expect(text).toMatch(/In 2016 Frankfurt opened November Sydney opened$/);
  });

  it('says so when nothing happened in the year', () => {
    expect(html(YearSummary, {}, 2020)).toContain(
      'No region was announced, opened, expanded or closed.',
    );
  });
});

describe('the chosen region’s line', () => {
  it('says the chosen region’s status at the year, with a button for its story', () => {
    expect(html(ChosenRegion, {}, 2026, 'paris')).toBe(
      'Paris, France : announced September 2025, not yet open Story',
    );
    expect(html(ChosenRegion, {}, 2024, 'sydney')).toBe(
      'Sydney, Australia : closed 30 September 2024, operated from 2016 Story',
    );
  });

  it('says how to choose a region when none is chosen', () => {
    expect(html(ChosenRegion, {}, 2026)).toBe(
      'Choose a region on the map for its dates, zones and sources.',
    );
  });
});

describe('the region panel', () => {
  it('tells the open region’s story with its status at the year and its sources', () => {
    const app = new AppState({
      regions,
      now: new Date('2026-11-23'),
      initial: { year: 2016 },
      locale: EN,
    });
    const pin = app.view.pin('frankfurt')!;
    const text = html(RegionPanel, { pin }, 2016, 'frankfurt');
    expect(text).toMatch(/^Frankfurt 德国（法兰克福） Frankfurt, Germany eu-central-1/);
    expect(text).toMatch(/Status in 2016 Operating/);
    expect(text).toMatch(/Availability zones 3/);
    expect(text).toMatch(/November 2016 Opened : first region in Europe A report Example News/);
  });
});

describe('the key', () => {
  const alibabas = Object.entries(EN.m.legend.entries).filter(
    ([entry]) => !(PEER_PROVIDERS as readonly string[]).includes(entry),
  );
  const itemsOf = (text: string) =>
    [...text.matchAll(/<li[^>]*>([^]*?)<\/li>/g)].map(([, item]) => item!);
  const wordsOf = (item: string) =>
    item
      .replace(/<svg[^]*<\/svg>/, '')
      .replace(/<!--[^]*?-->/g, '')
      .trim();

  it('names every mark the map draws, each beside its drawn mark', () => {
    const items = itemsOf(markup(Legend, {}, 2026));
    expect(items).toHaveLength(alibabas.length);
    items.forEach((item, i) => {
      expect(item).toMatch(/<svg[^>]*>[^]*<circle[^]*<\/svg>/);
      expect(wordsOf(item)).toBe(alibabas[i]![1]);
    });
  });

  it('adds a line for each provider compared, with its own shape', async () => {
    const app = new AppState({
      regions,
      now: new Date('2026-11-23'),
      initial: { year: 2026, compare: ['google', 'aws'] },
      locale: EN,
      loadPeer: (provider) =>
        Promise.resolve([
          region({ id: `${provider}-x`, provider, events: [event('opened', '2020')] }),
        ]),
    });
    await vi.waitFor(() => expect(app.peerViews).toHaveLength(2));
    const rendered = Legend as unknown as Component<Record<string, unknown>>;
    const items = itemsOf(
      render(WithPage, { props: { app, component: rendered, props: {} } }).body,
    );
    expect(items.map(wordsOf)).toEqual([
      ...alibabas.map(([, words]) => words),
      EN.m.legend.entries.aws,
      EN.m.legend.entries.google,
    ]);
    // A square and a triangle: paths, where Alibaba's marks are circles.
    for (const item of items.slice(-2)) expect(item).toMatch(/<svg[^>]*>[^]*<path d="M[^"]+Z"/);
  });
});
