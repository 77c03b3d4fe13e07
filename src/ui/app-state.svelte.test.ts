import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { EN, event, region } from '../data/fixtures.test-helpers.ts';
import { AppState } from './app-state.svelte.ts';

const regions = [
  region({ id: 'frankfurt', events: [event('opened', '2016-11')] }),
  region({ id: 'paris', country: 'FR', lat: 48.86, lon: 2.35, events: [event('opened', '2026')] }),
];

function app(search = '', delay?: () => Promise<void>) {
  const state = new AppState({
    regions,
    now: new Date('2026-11-23'),
    initial: {},
    locale: EN,
    delay,
  });
  if (search) state.restore(search);
  return state;
}

describe('AppState', () => {
  it('starts at the last year with nothing open, caused by the load', () => {
    const state = app();
    expect([state.first, state.last, state.year]).toEqual([2016, 2026, 2026]);
    expect(state.cause).toBe('load');
    expect(state.href).toBe('view/2026/');
  });

  it('marks a reader’s year, opening and closing as the reader’s', () => {
    const state = app();
    state.restore('?year=2020');
    expect(state.cause).toBe('history');
    state.setYear(2018);
    expect([state.year, state.cause]).toEqual([2018, 'reader']);
    state.restore('?year=2020');
    state.open('frankfurt');
    expect([state.selectedId, state.storyOpen, state.cause]).toEqual(['frankfurt', true, 'reader']);
    state.restore('?year=2020&region=frankfurt');
    state.open('frankfurt');
    state.close();
    expect([state.selectedId, state.storyOpen, state.cause]).toEqual([
      'frankfurt',
      false,
      'reader',
    ]);
    state.choose(undefined);
    expect([state.selectedId, state.cause]).toEqual([undefined, 'reader']);
  });

  it('chooses the region an address names without opening its story, which only a reader opens', () => {
    const state = app('?year=2026&region=paris');
    expect([state.selectedId, state.storyOpen, state.story]).toEqual(['paris', false, undefined]);
    state.open('paris');
    expect(state.story?.id).toBe('paris');
    // Back to another year of the same region keeps its story open; another region closes it.
    state.restore('?year=2020&region=paris');
    expect(state.story?.id).toBe('paris');
    state.restore('?year=2020&region=frankfurt');
    expect([state.selectedId, state.story]).toEqual(['frankfurt', undefined]);
    // A page choosing a region (an attribute, a story step) closes the story the reader had open.
    state.open('frankfurt');
    state.choose('paris');
    expect([state.selectedId, state.storyOpen]).toEqual(['paris', false]);
  });

  it('marks playback’s years as playback’s, and stops playing when the reader steps', async () => {
    let tick: () => void = () => {};
    const state = app('', () => new Promise<void>((resolve) => (tick = resolve)));
    state.setYear(2017);
    state.togglePlay();
    expect(state.playing).toBe(true);
    tick();
    await Promise.resolve();
    await Promise.resolve();
    expect([state.year, state.cause]).toEqual([2018, 'playback']);
    expect(state.handleKey('ArrowLeft')).toBe(true);
    expect([state.year, state.playing, state.cause]).toEqual([2017, false, 'reader']);
  });

  it('restores year and region from the URL, clamped and checked', () => {
    const state = app('?year=1999&region=paris');
    expect([state.year, state.selectedId]).toEqual([2016, 'paris']);
    state.restore('?region=__proto__');
    expect([state.year, state.selectedId]).toEqual([2026, undefined]);
  });

  it('reads the year’s view once per year, and the open region from it', () => {
    const state = app('?year=2020&region=paris');
    flushSync();
    const view = state.view;
    expect(state.view).toBe(view);
    expect(state.selected).toMatchObject({ id: 'paris', status: 'not-yet' });
    state.setYear(2026);
    expect(state.view).not.toBe(view);
    expect(state.selected?.status).toBe('operating');
  });

  it('follows a forced theme over the system setting', () => {
    const state = app();
    expect(state.scheme).toBe('light');
    state.theme = 'dark';
    expect(state.scheme).toBe('dark');
    expect(state.palette.background).not.toBe(app().palette.background);
    expect(state.href).toBe('view/2026/?theme=dark');
  });

  it('loads a provider the first time its layer is on, and a failed load can be tried again', async () => {
    const asked: string[] = [];
    let fail = true;
    const state = new AppState({
      regions,
      now: new Date('2026-11-23'),
      initial: {},
      locale: EN,
      loadPeer: (provider) => {
        asked.push(provider);
        if (provider === 'azure' && fail) return Promise.reject(new Error('offline'));
        return Promise.resolve([
          region({ id: `${provider}-x`, provider, events: [event('opened', '2020')] }),
        ]);
      },
    });
    expect([state.compare, state.layers.map((layer) => layer.id), asked]).toEqual([
      [],
      ['alibaba'],
      [],
    ]);
    state.setCompared('google', true);
    state.setCompared('azure', true);
    expect(state.compare).toEqual(['azure', 'google']);
    expect(state.href).toBe('view/2026/?compare=azure,google');
    await vi.waitFor(() => expect(state.peerErrors).toEqual(['azure']));
    // Alibaba's layer is drawn last, on top.
    expect(state.layers.map((layer) => layer.id)).toEqual(['google', 'alibaba']);
    state.setCompared('google', false);
    state.setCompared('google', true);
    expect(asked).toEqual(['google', 'azure']);
    fail = false;
    state.setCompared('azure', false);
    state.setCompared('azure', true);
    await vi.waitFor(() =>
      expect(state.layers.map((layer) => layer.id)).toEqual(['azure', 'google', 'alibaba']),
    );
    expect(state.peerErrors).toEqual([]);
  });

  it('says when the layers on their way have all come or failed', async () => {
    let release = () => {};
    const state = new AppState({
      regions,
      now: new Date('2026-11-23'),
      initial: { compare: ['aws', 'azure'] },
      locale: EN,
      loadPeer: (provider) =>
        provider === 'azure'
          ? Promise.reject(new Error('offline'))
          : new Promise((resolve) => {
              release = () =>
                resolve([region({ id: 'aws-x', provider, events: [event('opened', '2020')] })]);
            }),
    });
    let settled = false;
    void state.layersSettled().then(() => (settled = true));
    await vi.waitFor(() => expect(state.peerErrors).toEqual(['azure']));
    expect(settled).toBe(false);
    release();
    await vi.waitFor(() => expect(settled).toBe(true));
    expect(state.layers.map((layer) => layer.id)).toEqual(['aws', 'alibaba']);
  });

  it('finds a compared provider’s region, and lets it go when its layer is turned off', async () => {
    const state = new AppState({
      regions,
      now: new Date('2026-11-23'),
      initial: { compare: ['aws'], region: 'aws-x' },
      locale: EN,
      loadPeer: (provider) =>
        Promise.resolve([
          region({
            id: `${provider}-x`,
            name: 'Dublin',
            provider,
            events: [event('opened', '2020')],
          }),
        ]),
    });
    expect(state.selected).toBeUndefined();
    await vi.waitFor(() => expect(state.selected?.title).toBe('Dublin, Germany (AWS)'));
    expect(state.href).toBe('view/2026/?region=aws-x&compare=aws');
    state.setCompared('aws', false);
    expect([state.selectedId, state.href]).toEqual([undefined, 'view/2026/']);
  });

  it('offers only the providers an archived version holds', () => {
    const state = new AppState({
      regions,
      now: new Date('2026-11-23'),
      initial: { compare: ['aws', 'google'] },
      locale: EN,
      comparable: ['google'],
      loadPeer: () => new Promise(() => {}),
    });
    expect(state.compare).toEqual(['google']);
    state.setCompared('aws', true);
    expect(state.compare).toEqual(['google']);
  });
});
