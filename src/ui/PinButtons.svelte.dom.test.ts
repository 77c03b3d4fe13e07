/**
 * The pin layer's keyboard and focus behaviour, with Svelte's client runtime in jsdom: one Tab stop,
 * arrows west to east, a press opens a region, a crowd's list opens with focus in it and Esc
 * brings focus back to the crowd, and focus stays on its pin when the year changes the controls.
 */
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { EN, event, region } from '../data/fixtures.test-helpers.ts';
import { boundsOf, fitCamera } from '../map/camera.ts';
import { AppState } from './app-state.svelte.ts';
import PinLayer from './testing/PinLayer.svelte';

const place = (id: string, country: string, lon: number, lat: number, opened = '2016') =>
  region({ id, name: id, country, lon, lat, events: [event('opened', opened)] });

const REGIONS = [
  place('lisbon', 'PT', -9.14, 38.72),
  place('frankfurt', 'DE', 8.68, 50.11),
  // Moscow opens in 2020: a control appears between Frankfurt and the crowd.
  place('moscow', 'RU', 37.6, 55.75, '2020'),
  // Three regions closer together than a pointer can tell apart: one crowd.
  place('singapore-a', 'SG', 103.85, 1.29),
  place('singapore-b', 'SG', 103.86, 1.3),
  place('singapore-c', 'SG', 103.84, 1.28),
  place('tokyo', 'JP', 139.69, 35.69),
];

const WIDTH = 800;
const HEIGHT = 400;

let mounted: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (mounted) void unmount(mounted);
  mounted = undefined;
  document.body.replaceChildren();
});

function layer(year = 2019) {
  const app = new AppState({
    regions: REGIONS,
    now: new Date('2026-11-23'),
    initial: { year },
    locale: EN,
  });
  const target = document.createElement('div');
  document.body.append(target);
  mounted = mount(PinLayer, {
    target,
    props: {
      app,
      camera: fitCamera(boundsOf(REGIONS), WIDTH, HEIGHT, 24),
      width: WIDTH,
      height: HEIGHT,
    },
  });
  flushSync();
  const controls = () => [...target.querySelectorAll<HTMLButtonElement>('[data-item]')];
  const named = (id: string) =>
    controls().find(
      (button) => button.dataset.pinId === id || button.dataset.cluster?.includes(id),
    )!;
  const press = (key: string) => {
    const focused = document.activeElement!;
    focused.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    flushSync();
  };
  const focused = () => document.activeElement as HTMLElement;
  return { app, target, controls, named, press, focused };
}

describe('the pin layer', () => {
  it('is one Tab stop, the westernmost pin, and arrows walk west to east', () => {
    const { controls, named, press, focused } = layer();
    const stops = controls().filter((button) => button.tabIndex === 0);
    expect(stops).toEqual([named('lisbon')]);

    named('lisbon').focus();
    press('ArrowRight');
    expect(focused()).toBe(named('frankfurt'));
    press('ArrowDown');
    expect(focused()).toBe(named('singapore-a'));
    expect(focused().dataset.cluster).toBeDefined();
    press('End');
    expect(focused()).toBe(named('tokyo'));
    press('ArrowUp');
    expect(focused()).toBe(named('singapore-b'));
    press('Home');
    expect(focused()).toBe(named('lisbon'));
    // The Tab stop follows focus, so Tab out and back returns to the same pin.
    press('ArrowRight');
    expect(controls().filter((button) => button.tabIndex === 0)).toEqual([named('frankfurt')]);
  });

  it('shows a focused pin’s card and opens its story on a press', () => {
    const { app, target, named } = layer();
    named('tokyo').focus();
    flushSync();
    expect(target.querySelector('[role="tooltip"]')?.textContent).toContain('tokyo');
    named('tokyo').click();
    flushSync();
    expect(app.selectedId).toBe('tokyo');
    expect(app.storyOpen).toBe(true);
  });

  it('opens a crowd’s list with focus in it; Esc closes it and returns focus to the crowd', () => {
    const { app, target, named, press, focused } = layer();
    const crowd = named('singapore-b');
    crowd.focus();
    crowd.click();
    flushSync();
    const list = target.querySelector('[role="dialog"]')!;
    expect(crowd.getAttribute('aria-expanded')).toBe('true');
    expect(
      [...list.querySelectorAll('[data-choose-pin]')].map((b) => b.getAttribute('data-choose-pin')),
    ).toEqual(['singapore-c', 'singapore-a', 'singapore-b']);
    expect(list.contains(focused())).toBe(true);

    press('Escape');
    expect(target.querySelector('[role="dialog"]')).toBeNull();
    expect(focused()).toBe(named('singapore-b'));

    crowd.click();
    flushSync();
    target.querySelector<HTMLButtonElement>('[data-choose-pin="singapore-a"]')!.click();
    flushSync();
    expect(app.selectedId).toBe('singapore-a');
  });

  it('keeps focus on its pin when a year step adds a control before it', () => {
    const { app, controls, named, focused } = layer(2019);
    const tokyo = named('tokyo');
    tokyo.focus();
    const before = controls().length;
    app.setYear(2020);
    flushSync();
    expect(controls().length).toBe(before + 1);
    expect(focused()).toBe(tokyo);
    expect(tokyo.isConnected).toBe(true);
  });
});
