import { describe, expect, it } from 'vitest';
import type { PinView } from '../data/year-view.ts';
import type { PlacedPin } from './labels.ts';
import {
  COUNT_SIZE_PX,
  countPlace,
  crowdTargets,
  layoutPins,
  pinLayouter,
  POINTER_TARGET_PX,
  popoverPlace,
  TOUCH_TARGET_PX,
} from './pin-layout.ts';

/** A pin at a place in the box; the layout reads only its id and longitude. */
const at = (id: string, x: number, y: number, lon = x): PlacedPin => ({
  pin: { id, lon } as PinView,
  x,
  y,
  radius: 6,
});

describe('the pin layer’s layout', () => {
  const map = [at('paris', 100, 100), at('frankfurt', 104, 102), at('tokyo', 400, 80)];

  it('gathers pins a mouse cannot tell apart under one control on a member, and gives lone pins 24 px', () => {
    const controls = layoutPins(map, false);
    expect(controls.map((control) => control.ids)).toEqual([['paris', 'frankfurt'], ['tokyo']]);
    const [crowd, tokyo] = controls as [(typeof controls)[0], (typeof controls)[0]];
    expect(crowd.anchorId).toMatch(/paris|frankfurt/);
    expect([crowd.x, crowd.y]).toEqual(crowd.anchorId === 'paris' ? [100, 100] : [104, 102]);
    expect(crowd.others).toHaveLength(1);
    expect(tokyo.size).toBe(POINTER_TARGET_PX);
  });

  it('gives a finger 44 px targets and gathers pins closer than that', () => {
    const controls = layoutPins([at('a', 100, 100), at('b', 130, 100), at('c', 300, 100)], true);
    expect(controls.map((control) => control.ids)).toEqual([['a', 'b'], ['c']]);
    expect(controls[1]!.size).toBe(TOUCH_TARGET_PX);
  });

  it('shrinks a mouse’s target to the room between neighbours, and orders controls west to east', () => {
    const controls = layoutPins([at('east', 220, 100), at('west', 200, 100)], false);
    expect(controls.map((control) => control.anchorId)).toEqual(['west', 'east']);
    expect(controls.map((control) => control.size)).toEqual([20, 20]);
  });

  it('hands back the same controls when no pin moved, and keeps the untouched ones when one appears', () => {
    const layout = pinLayouter();
    const first = layout(map, false);
    // A year step: new pin objects (their statuses changed), the same places.
    expect(
      layout(
        map.map((entry) => ({ ...entry, pin: { ...entry.pin } })),
        false,
      ),
    ).toBe(first);
    const next = layout([...map, at('dubai', 300, 200)], false);
    expect(next).not.toBe(first);
    expect(next.find((control) => control.key === 'paris frankfurt')).toBe(first[0]);
    // A finger's layout is another layout.
    expect(layout([...map, at('dubai', 300, 200)], true)).not.toBe(next);
  });

  it('answers a press on a crowd’s other member, and nothing beside it', () => {
    const controls = layoutPins(map, false);
    const crowd = controls[0]!;
    const other = crowd.others[0]!;
    const targets = crowdTargets(controls);
    expect(targets.at(other.x + 1, other.y)).toBe(crowd);
    expect(targets.at(other.x + crowd.size, other.y)).toBeUndefined();
    expect(targets.at(400, 80)).toBeUndefined();
    expect(targets.points()).toEqual(crowd.others);
  });

  it('puts a crowd’s count on its control’s top right corner, moved in where the map’s edge would cut it', () => {
    const size = POINTER_TARGET_PX;
    const place = (x: number, y: number) => countPlace({ x, y, size }, 375, 300);
    expect(place(200, 150)).toEqual({
      dx: 0,
      dy: 0,
      x: 200 + size / 2 + 2 - COUNT_SIZE_PX / 2,
      y: 150 - size / 2 - 2 + COUNT_SIZE_PX / 2,
    });
    // A crowd at the right edge of a phone's world view, and one at its top.
    const right = place(370, 150);
    expect(right.x + COUNT_SIZE_PX / 2).toBe(375);
    expect(right.dy).toBe(0);
    const top = place(200, 10);
    expect(top.y - COUNT_SIZE_PX / 2).toBe(0);
    expect(top.dx).toBe(0);
    // A pin at the very bottom edge, its control half outside the map.
    expect(place(200, 298).y + COUNT_SIZE_PX / 2).toBe(300);
  });

  it('opens a popover above or below its control, inside the box', () => {
    const box = { width: 500, height: 300 };
    expect(popoverPlace({ x: 10, y: 200, size: 24 }, box, 240, false)).toEqual({
      left: 4,
      bottom: 300 - (200 - 12 - 8),
      room: 200 - 12 - 8 - 4,
    });
    expect(popoverPlace({ x: 490, y: 50, size: 24 }, box, 240, true)).toEqual({
      left: 500 - 240 - 4,
      top: 50 + 12 + 8,
      room: 300 - 70 - 4,
    });
  });
});
