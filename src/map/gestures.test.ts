import { describe, expect, it } from 'vitest';
import { projectPoint, type Camera } from './camera.ts';
import { keyZoom, PointerGesture, wheelCamera } from './gestures.ts';

const box = { left: 100, top: 50, width: 800, height: 400 };
const start: Camera = { center: [100, 20], zoom: 2 };
/** Where a place is drawn in the box, in page pixels. */
const onPage = (camera: Camera, lon: number, lat: number) => {
  const { x, y } = projectPoint(camera, box.width, box.height, lon, lat);
  return { x: x + box.left, y: y + box.top };
};

describe('the SVG map’s gestures', () => {
  it('drags with a mouse only past a click’s reach, and the place under the pointer follows it', () => {
    const gesture = new PointerGesture();
    gesture.down(1, 500, 250, 0);
    expect(gesture.move(1, 502, 251, false, start, box)).toBeUndefined();
    const first = gesture.move(1, 540, 270, false, start, box);
    expect(first?.capture).toBe(true);
    const second = gesture.move(1, 560, 290, false, first!.camera, box);
    expect(second?.capture).toBe(false);
    // The place that stood under the pointer where it went down stands under it now.
    const placeAtStart = [start.center[0], start.center[1]] as const;
    const before = onPage(start, ...placeAtStart);
    const after = onPage(second!.camera, ...placeAtStart);
    expect(after.x - before.x).toBeCloseTo(60, 6);
    expect(after.y - before.y).toBeCloseTo(40, 6);
    expect(gesture.endsDrag()).toBe(true);
    expect(gesture.endsDrag()).toBe(false);
  });

  it('leaves one finger to scroll the page, and a mouse’s other buttons alone', () => {
    const gesture = new PointerGesture();
    gesture.down(1, 500, 250);
    expect(gesture.move(1, 500, 400, true, start, box)).toBeUndefined();
    gesture.up(1);
    gesture.down(2, 500, 250, 2);
    expect(gesture.move(2, 600, 250, false, start, box)).toBeUndefined();
    expect(gesture.endsDrag()).toBe(false);
  });

  it('zooms a pinch about the fingers’ middle: twice as far apart is one level in', () => {
    const gesture = new PointerGesture();
    gesture.down(1, 400, 250);
    gesture.down(2, 600, 250);
    const pinched = gesture.move(2, 800, 250, true, start, box);
    // The fingers' middle moved from 500 to 600 while they spread from 200 to 400 px apart.
    expect(pinched!.camera.zoom).toBeCloseTo(start.zoom + 1, 9);
    expect(gesture.endsDrag()).toBe(true);
  });

  it('zooms the wheel about the pointer at MapLibre’s rate, lines as 40 pixels', () => {
    const lines = wheelCamera(start, -3, true, 500, 250, box);
    const pixels = wheelCamera(start, -120, false, 500, 250, box);
    expect(lines.zoom).toBeCloseTo(start.zoom + 120 / 450, 9);
    expect(pixels).toEqual(lines);
    // Over the box's centre the centre stays.
    expect(lines.center[0]).toBeCloseTo(start.center[0], 9);
    expect(lines.center[1]).toBeCloseTo(start.center[1], 9);
  });

  it('zooms one level on + and =, out on − and _', () => {
    expect(['+', '=', '-', '_', 'a'].map(keyZoom)).toEqual([1, 1, -1, -1, 0]);
  });
});
