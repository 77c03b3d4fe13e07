import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../data/regions.ts';
import { yearView } from '../data/year-view.ts';
import { EN } from '../data/fixtures.test-helpers.ts';
import { boundsOf, fitCamera, projectPoint, zoomCameraAt } from './camera.ts';
import { PALETTES } from './palette.ts';
import type { BoxPoint, MapScene } from './scene.ts';
import { SceneState } from './scene.svelte.ts';

/**
 * A live scene as a page holds one: made in a component's set-up and read by effects (a
 * renderer's). Each time the effects run, what they read is recorded.
 */
function liveScene() {
  let year = $state(2016);
  let camera = $state.raw(fitCamera(boundsOf(REGIONS), 800, 500, 24));
  let selectedId = $state<string | undefined>();
  const placesSeen: ReadonlyMap<string, BoxPoint>[] = [];
  let scene: SceneState | undefined;
  const stop = $effect.root(() => {
    const view = $derived(yearView(REGIONS, year, EN));
    scene = new SceneState({
      layers: () => [{ id: 'alibaba', regions: REGIONS, pins: view.pins, visible: view.visible }],
      selectedId: () => selectedId,
      palette: () => PALETTES.light,
      camera: () => camera,
      width: () => 800,
      height: () => 500,
    });
    $effect(() => {
      placesSeen.push(scene!.places);
    });
  });
  flushSync();
  return {
    scene: scene!,
    placesSeen,
    stop,
    setYear: (next: number) => flushSync(() => (year = next)),
    zoom: () => flushSync(() => (camera = zoomCameraAt(camera, 1))),
    open: (id: string) => flushSync(() => (selectedId = id)),
  };
}

describe('the live scene', () => {
  it('works out where regions stand once per camera: a year step keeps the places', () => {
    const { scene, placesSeen, stop, setYear, zoom } = liveScene();
    const pins = scene.pins;
    setYear(2024);
    const pinsAfterStep = scene.pins;
    zoom();
    const camera = scene.camera;
    stop();
    expect(pinsAfterStep).not.toBe(pins);
    // Once at the start, once for the zoom: never for the year step.
    expect(placesSeen).toHaveLength(2);
    const paris = REGIONS.find((region) => region.id === 'paris')!;
    expect(placesSeen[1]!.get('paris')).toEqual(
      projectPoint(camera, 800, 500, paris.lon, paris.lat),
    );
  });

  it('freezes a snapshot that later changes leave as it was', () => {
    const { scene, stop, setYear, open } = liveScene();
    const before: MapScene = scene.snapshot();
    setYear(2026);
    open('paris');
    const after = scene.snapshot();
    stop();
    expect(Object.isFrozen(before)).toBe(true);
    expect(before.selectedId).toBeUndefined();
    expect(before.visible.length).toBeLessThan(after.visible.length);
    expect(after.selectedId).toBe('paris');
  });
});
