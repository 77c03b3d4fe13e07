import { describe, expect, it } from 'vitest';
import { REGIONS } from '../data/regions.ts';
import { yearView } from '../data/year-view.ts';
import { EN } from '../data/fixtures.test-helpers.ts';
import { PALETTES } from './palette.ts';
import { pinPlaces, svgPinDrawer } from './svg-pins.ts';

describe('the SVG map’s pins', () => {
  const project = ([lon, lat]: [number, number]): [number, number] => [lon * 2, -lat * 2];

  it('keeps the object of every pin drawn as the year before, and only those', () => {
    const draw = svgPinDrawer();
    const before = yearView(REGIONS, 2023, EN).pins;
    const after = yearView(REGIONS, 2024, EN).pins;
    const places = pinPlaces(before, project);
    const first = draw(before, places, PALETTES.light);
    const second = draw(after, pinPlaces(after, project), PALETTES.light);
    const kept = second.filter((pin, i) => pin === first[i]).map((pin) => pin.id);
    const changed = after
      .filter((pin, i) => pin.status !== before[i]!.status || pin.changed !== before[i]!.changed)
      .map((pin) => pin.id);
    expect(changed.length).toBeGreaterThan(0);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.filter((id) => changed.includes(id))).toEqual([]);
    expect(second.find((pin) => pin.id === 'hangzhou')?.parts).toBeDefined();
  });

  it('draws a region not yet known as nothing, and places every pin through the projection', () => {
    const pins = yearView(REGIONS, 2009, EN).pins;
    const drawn = svgPinDrawer()(pins, pinPlaces(pins, project), PALETTES.light);
    const notYet = pins.filter((pin) => pin.status === 'not-yet').map((pin) => pin.id);
    expect(drawn.filter((pin) => !pin.parts).map((pin) => pin.id)).toEqual(notYet);
    const paris = pins.find((pin) => pin.id === 'paris')!;
    expect(drawn.find((pin) => pin.id === 'paris')?.transform).toBe(
      `translate(${(paris.lon * 2).toFixed(1)} ${(-paris.lat * 2).toFixed(1)})`,
    );
  });
});
