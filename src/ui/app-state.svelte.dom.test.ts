import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { EN, event, region } from '../data/fixtures.test-helpers.ts';
import { AppState } from './app-state.svelte.ts';

const regions = [region({ id: 'paris', events: [event('opened', '2016')] })];
const dublin = [
  region({ id: 'aws-x', name: 'Dublin', provider: 'aws', events: [event('opened', '2020')] }),
];

describe('AppState, read by effects as a page reads it', () => {
  it('keeps what the first view fits across a year step: the map is not fitted and drawn again', async () => {
    const state = new AppState({
      regions,
      now: new Date('2026-11-23'),
      initial: { compare: ['aws'] },
      locale: EN,
      loadPeer: () => Promise.resolve(dublin),
    });
    const fitted: unknown[] = [];
    const stop = $effect.root(() => {
      // What the map's camera reads.
      $effect(() => void fitted.push(state.shownRegions));
    });
    flushSync();
    await vi.waitFor(() => expect(fitted.at(-1)).toEqual([dublin, regions]));
    const runs = fitted.length;
    const layers = state.layers;
    state.setYear(2019);
    flushSync();
    // The year's layers are new (Dublin is not yet open); what the view fits is not.
    expect(state.layers).not.toBe(layers);
    expect(fitted).toHaveLength(runs);
    state.setCompared('aws', false);
    flushSync();
    expect(fitted.at(-1)).toEqual([regions]);
    stop();
  });
});
