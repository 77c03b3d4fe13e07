import { describe, expect, it } from 'vitest';
import { playbackStepMs, TimelineController, type Delay } from './timeline';

const instant: Delay = () => Promise.resolve();

function timeline(year?: number) {
  const seen: Array<[number, boolean]> = [];
  const controller = new TimelineController({
    first: 2010,
    last: 2026,
    year,
    delay: instant,
    onYear: (y, byPlayback) => seen.push([y, byPlayback]),
  });
  return { controller, seen };
}

describe('TimelineController', () => {
  it('starts at the last year and clamps deliberate choices', () => {
    const { controller } = timeline();
    expect(controller.year).toBe(2026);
    controller.setYear(1999);
    expect(controller.year).toBe(2010);
    controller.setYear(3000);
    expect(controller.year).toBe(2026);
  });

  it('plays to the end, one year per tick, and stops there', async () => {
    const { controller, seen } = timeline(2020);
    const ticks = await controller.play();
    expect(ticks).toBe(6);
    expect(controller.year).toBe(2026);
    expect(controller.playing).toBe(false);
    expect(seen.every(([, byPlayback]) => byPlayback)).toBe(true);
  });

  it('starts over when played from the end', async () => {
    const { controller, seen } = timeline(2026);
    const ticks = await controller.play();
    expect(seen[0]).toEqual([2010, true]);
    expect(ticks).toBe(17);
    expect(controller.year).toBe(2026);
  });

  it('stops when the reader picks a year during playback', async () => {
    let release: () => void = () => {};
    const controller = new TimelineController({
      first: 2010,
      last: 2026,
      year: 2012,
      delay: () => new Promise<void>((resolve) => (release = resolve)),
    });
    const playing = controller.play();
    expect(controller.playing).toBe(true);
    controller.setYear(2015);
    release();
    expect(await playing).toBe(0);
    expect(controller.year).toBe(2015);
    expect(controller.playing).toBe(false);
  });

  it('handles the slider keys and ignores others', () => {
    const { controller } = timeline(2016);
    const after = (key: string) => (controller.handleKey(key), controller.year);
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

  it('toggles play and pause', async () => {
    const { controller } = timeline(2025);
    controller.toggle();
    expect(controller.playing).toBe(true);
    controller.toggle();
    expect(controller.playing).toBe(false);
  });
});

describe('playback pace', () => {
  it('holds each year twice as long for readers who ask for reduced motion', () => {
    expect(playbackStepMs(false)).toBe(800);
    expect(playbackStepMs(true)).toBe(1600);
  });

  it('waits the pace it is given between years', async () => {
    const waits: number[] = [];
    const controller = new TimelineController({
      first: 2024,
      last: 2026,
      year: 2024,
      msPerStep: playbackStepMs(true),
      delay: async (ms) => void waits.push(ms),
    });
    await controller.play();
    expect(waits).toEqual([1600, 1600]);
  });
});
