import { describe, expect, it } from 'vitest';
import { REGIONS } from '../data/regions.ts';
import { yearView, type PinView } from '../data/year-view.ts';
import { EN } from '../data/fixtures.test-helpers.ts';
import { PALETTES } from './palette.ts';
import { pinTransforms, svgPinDrawer } from './svg-pins.ts';

describe('the SVG map’s pins', () => {
  const transforms = pinTransforms(
    new Map(REGIONS.map((region) => [region.id, { x: region.lon * 2, y: -region.lat * 2 }])),
  );
  /** What a pin's mark is drawn from: a pin equal in these is drawn the same. */
  const looks = (pin: PinView) => [pin.status, pin.changed, pin.uncertain, pin.zones].join();

  it('keeps the object of every pin drawn as the year before, and only those', () => {
    const draw = svgPinDrawer();
    const before = yearView(REGIONS, 2023, EN).pins;
    const after = yearView(REGIONS, 2024, EN).pins;
    const first = draw(before, transforms, PALETTES.light);
    const second = draw(after, transforms, PALETTES.light);
    const kept = second.filter((pin, i) => pin === first[i]).map((pin) => pin.id);
    const unchanged = after
      .filter((pin, i) => looks(pin) === looks(before[i]!))
      .map((pin) => pin.id);
    expect(unchanged.length).toBeLessThan(after.length);
    expect(kept).toEqual(unchanged);
    expect(second.find((pin) => pin.id === 'hangzhou')?.parts).toBeDefined();
  });

  it('draws a region not yet known as nothing, and stands every pin on its place', () => {
    const pins = yearView(REGIONS, 2009, EN).pins;
    const drawn = svgPinDrawer()(pins, transforms, PALETTES.light);
    const notYet = pins.filter((pin) => pin.status === 'not-yet').map((pin) => pin.id);
    expect(drawn.filter((pin) => !pin.parts).map((pin) => pin.id)).toEqual(notYet);
    const paris = pins.find((pin) => pin.id === 'paris')!;
    expect(drawn.find((pin) => pin.id === 'paris')?.transform).toBe(
      `translate(${(paris.lon * 2).toFixed(1)} ${(-paris.lat * 2).toFixed(1)})`,
    );
  });
});
