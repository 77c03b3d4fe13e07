import { describe, expect, it } from 'vitest';
import { PALETTES } from './palette.ts';
import { cachedParts, markParts, PIN, pinRadius } from './pin-style.ts';

describe('how a pin looks', () => {
  it('grows with zones, by area rather than radius', () => {
    const radius = (zones: number) => pinRadius({ status: 'operating', zones });
    expect(radius(2)).toBeGreaterThan(radius(1));
    expect(radius(12)).toBeGreaterThan(radius(6));
    // Six times the zones is far less than six times as wide.
    expect(radius(12) / radius(2)).toBeLessThan(2.5);
  });

  it('draws an announced region hollow, a closed one crossed, a changed one ringed', () => {
    const light = PALETTES.light;
    const announced = markParts({ status: 'announced', radius: 6, changed: false }, light);
    expect(announced).toEqual([
      { kind: 'circle', r: 6, stroke: light.status.announced, strokeWidth: PIN.hollowWidth },
    ]);
    const closed = markParts({ status: 'closed', radius: 5, changed: true }, light);
    expect(closed.map((part) => part.kind)).toEqual(['circle', 'circle', 'cross']);
    expect(closed[0]).toMatchObject({ r: 5 + PIN.ringGap, stroke: light.highlight });
  });

  it('hands the same parts to every pin that looks the same', () => {
    const mark = { status: 'operating', radius: 7.5, changed: false } as const;
    expect(cachedParts(mark, PALETTES.dark)).toBe(cachedParts({ ...mark }, PALETTES.dark));
    expect(cachedParts(mark, PALETTES.dark)).not.toBe(cachedParts(mark, PALETTES.light));
  });
});
