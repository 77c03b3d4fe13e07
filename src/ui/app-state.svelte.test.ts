import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
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
});
