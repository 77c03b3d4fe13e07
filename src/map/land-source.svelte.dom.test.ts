import { describe, expect, it } from 'vitest';
import type { WorldTopology } from './basemap.ts';
import type { DrawnLand, View } from './drawn-land.ts';
import { LandSource, nextMapState, type LandLoader } from './land-source.svelte.ts';

const VIEW: View = { camera: { center: [0, 0], zoom: 0 }, width: 960, height: 600 };
const PATHS: DrawnLand & View = { land: 'M0 0h1', borders: 'M0 0v1', ...VIEW };
const WORLD = { type: 'Topology' } as unknown as WorldTopology;

/** A loader the test answers by hand: each call waits until `succeed` or `fail`. */
function fakeLoader() {
  const calls: Array<{ succeed(): void; fail(message: string): void }> = [];
  const load: LandLoader = () =>
    new Promise((resolve, reject) => {
      calls.push({
        succeed: () =>
          resolve({
            world: WORLD,
            draw: (_, view) => ({ land: 'afresh', borders: '', ...view }),
          }),
        fail: (message) => reject(new Error(message)),
      });
    });
  return { load, calls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the countries’ source', () => {
  it('answers at once on the HTML’s paths, keeps them when the shapes fail, and asks again', async () => {
    const { load, calls } = fakeLoader();
    const source = new LandSource({ drawn: PATHS, webgl: true, load });
    source.start();
    expect(source.state).toBe('ready');
    expect(calls).toHaveLength(0);
    expect(source.land(VIEW)).toBe(PATHS);

    const first = source.need();
    calls[0]!.fail('offline');
    await expect(first).rejects.toThrow('offline');
    expect(source.state).toBe('ready');
    expect(source.land(VIEW)).toBe(PATHS);

    const second = source.need();
    expect(calls).toHaveLength(2);
    calls[1]!.succeed();
    await expect(second).resolves.toBe(WORLD);
    // The HTML's paths stay wherever they are sharp; closer in, the shapes draw the view afresh.
    expect(source.land({ ...VIEW, width: 375 })).toBe(PATHS);
    const closer = { ...VIEW, camera: { center: [0, 0] as [number, number], zoom: 1 } };
    expect(source.land(closer)).toMatchObject({ land: 'afresh', camera: closer.camera });
    await expect(source.need()).resolves.toBe(WORLD);
    expect(calls).toHaveLength(2);
  });

  it('asks for the shapes once however many need them at the same time', async () => {
    const { load, calls } = fakeLoader();
    const source = new LandSource({ drawn: PATHS, webgl: true, load });
    const both = Promise.all([source.need(), source.need()]);
    calls[0]!.succeed();
    expect(await both).toEqual([WORLD, WORLD]);
    expect(calls).toHaveLength(1);
  });

  it('waits for the shapes without the HTML’s paths, and says why it cannot draw', async () => {
    const { load, calls } = fakeLoader();
    const source = new LandSource({ webgl: true, load });
    source.start();
    expect(source.state).toBe('loading');
    expect(source.land(VIEW)).toBeUndefined();
    calls[0]!.fail('The country shapes could not be loaded (404)');
    await settle();
    expect(source.state).toBe('error');
    expect(source.failure).toBe('The country shapes could not be loaded (404)');
  });

  it('is the SVG map for good where WebGL cannot run', async () => {
    const { load, calls } = fakeLoader();
    const source = new LandSource({ webgl: false, load });
    source.start();
    calls[0]!.succeed();
    await settle();
    expect(source.state).toBe('fallback');
  });

  it('leaves a map that could not be drawn as it is, and a drawn one drawn', () => {
    expect(nextMapState('error', 'shapes', true)).toBe('error');
    expect(nextMapState('ready', 'failed', true)).toBe('ready');
    expect(nextMapState('fallback', 'shapes', false)).toBe('fallback');
    expect(nextMapState('loading', 'paths', false)).toBe('fallback');
  });
});
