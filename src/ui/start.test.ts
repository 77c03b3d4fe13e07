import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseViewState } from '../data/input.ts';
import { startApp } from './start.ts';

describe('startApp', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts a map asked for with other providers’ layers with their regions in it', async () => {
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    const app = await startApp((bounds) => parseViewState('?compare=google,aws', bounds));
    // Drawn from its first view with them, the map never has to fit itself again as they come.
    expect(app.layers.map((layer) => layer.id)).toEqual(['aws', 'google', 'alibaba']);
    expect(app.peerErrors).toEqual([]);
  });
});
