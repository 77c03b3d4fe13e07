import { describe, expect, it } from 'vitest';
import {
  playbackStepMs,
  TimelineController,
  type ChangeCause,
  type Delay,
  type TimelineManager,
} from './timeline.ts';

const instant: Delay = () => Promise.resolve();

/** A plain-object manager that records every year written to it, with its cause. */
function managed(year = 2026, delay: Delay = instant) {
  const writes: Array<[number, ChangeCause]> = [];
  let current = year;
  const manager: TimelineManager = {
    first: 2010,
    last: 2026,
    playing: false,
    cause: 'load',
    get year() {
      return current;
    },
    set year(value) {
      current = value;
      writes.push([value, manager.cause]);
    },
  };
  return { manager, controller: new TimelineController(manager, { delay }), writes };
}

describe('TimelineController', () => {
  it('writes the year to its manager and keeps no copy of its own', () => {
    const { manager, controller } = managed(2020);
    controller.setYear(2016);
    expect(manager.year).toBe(2016);
    manager.year = 2012;
    controller.handleKey('ArrowRight');
    expect(manager.year).toBe(2013);
  });

  it('clamps deliberate choices and marks them as the reader’s', () => {
    const { manager, controller, writes } = managed();
    controller.setYear(1999);
    expect(manager.year).toBe(2010);
    controller.setYear(3000);
    expect(writes).toEqual([
      [2010, 'reader'],
      [2026, 'reader'],
    ]);
  });

  it('writes nothing when the year does not change', () => {
    const { controller, writes } = managed(2026);
    controller.setYear(2026);
    controller.handleKey('End');
    expect(writes).toEqual([]);
  });

  it('plays to the end, one year per tick, marked as playback, and stops there', async () => {
    const { manager, controller, writes } = managed(2020);
    const ticks = await controller.play();
    expect(ticks).toBe(6);
    expect(manager.year).toBe(2026);
    expect(manager.playing).toBe(false);
    expect(writes.map(([, cause]) => cause)).toEqual(Array(6).fill('playback'));
  });

  it('starts over when played from the end', async () => {
    const { controller, writes } = managed(2026);
    const ticks = await controller.play();
    expect(writes[0]).toEqual([2010, 'playback']);
    expect(ticks).toBe(17);
  });

  it('stops when the reader picks a year during playback', async () => {
    let release: () => void = () => {};
    const { manager, controller } = managed(
      2012,
      () => new Promise<void>((resolve) => (release = resolve)),
    );
    const playing = controller.play();
    expect(manager.playing).toBe(true);
    controller.setYear(2015);
    release();
    expect(await playing).toBe(0);
    expect(manager.year).toBe(2015);
    expect(manager.playing).toBe(false);
    expect(manager.cause).toBe('reader');
  });

  it('lets a paused and restarted playback run alone', async () => {
    const releases: Array<() => void> = [];
    const { manager, controller } = managed(
      2020,
      () => new Promise<void>((resolve) => releases.push(resolve)),
    );
    const first = controller.play();
    controller.pause();
    const second = controller.play();
    releases[0]!();
    expect(await first).toBe(0);
    expect(manager.playing).toBe(true);
    releases[1]!();
    await Promise.resolve();
    await Promise.resolve();
    expect(manager.year).toBe(2021);
    controller.pause();
    releases[2]?.();
    expect(await second).toBe(1);
  });

  it('handles the slider keys and ignores others', () => {
    const { manager, controller } = managed(2016);
    const after = (key: string) => (controller.handleKey(key), manager.year);
    expect(after('ArrowRight')).toBe(2017);
    expect(after('ArrowUp')).toBe(2018);
    expect(after('ArrowLeft')).toBe(2017);
    expect(after('ArrowDown')).toBe(2016);
    expect(after('PageUp')).toBe(2021);
    expect(after('PageDown')).toBe(2016);
    expect(after('End')).toBe(2026);
    expect(after('Home')).toBe(2010);
    expect(controller.handleKey('a')).toBe(false);
    expect(controller.handleKey('constructor')).toBe(false);
  });

  it('toggles play and pause', () => {
    const { manager, controller } = managed(2025);
    controller.toggle();
    expect(manager.playing).toBe(true);
    controller.toggle();
    expect(manager.playing).toBe(false);
  });
});

describe('playback pace', () => {
  it('waits the pace it is given between years, twice as long for reduced motion', async () => {
    const waits: number[] = [];
    const manager: TimelineManager = {
      first: 2024,
      last: 2026,
      year: 2024,
      playing: false,
      cause: 'load',
    };
    const controller = new TimelineController(manager, {
      msPerStep: playbackStepMs(true),
      delay: async (ms) => void waits.push(ms),
    });
    await controller.play();
    expect(waits).toEqual([playbackStepMs(false) * 2, playbackStepMs(false) * 2]);
  });
});
