import { describe, expect, it } from 'vitest';
import { fitCamera, projectPoint, zoomCameraAt, type Bounds } from './camera.ts';
import { drawnScale, drawnTransform, type View } from './drawn-land.ts';

const BOUNDS: Bounds = [
  [-100, -35],
  [150, 60],
];

function viewAt(width: number, height: number): View {
  return { camera: fitCamera(BOUNDS, width, height, 24), width, height };
}

/** Where the transform puts a point drawn at `drawn`'s pixel. */
function moved(transform: string, [x, y]: [number, number]): [number, number] {
  const [a, , , d, e, f] = /matrix\(([^)]*)\)/.exec(transform)![1]!.split(' ').map(Number);
  return [a! * x + e!, d! * y + f!];
}

describe('drawnTransform', () => {
  it('is no transform at the view the paths were drawn at', () => {
    expect(drawnTransform(viewAt(960, 600), viewAt(960, 600))).toBeUndefined();
  });

  it.each([
    ['a narrower box', viewAt(375, 420)],
    ['a wider box', viewAt(1280, 560)],
    [
      'a zoom about a point',
      { ...viewAt(960, 600), camera: zoomCameraAt(viewAt(960, 600).camera, 1.2, 100, -80) },
    ],
  ])('puts every place where the new camera shows it, for %s', (_, view) => {
    const drawn = viewAt(960, 600);
    const transform = drawnTransform(drawn, view)!;
    for (const [lon, lat] of [
      [2.35, 48.86],
      [120.2, 30.3],
      [-46.6, -23.5],
      [151.2, -33.9],
    ] as const) {
      const from = projectPoint(drawn.camera, drawn.width, drawn.height, lon, lat);
      const to = projectPoint(view.camera, view.width, view.height, lon, lat);
      const [x, y] = moved(transform, [from.x, from.y]);
      expect(x).toBeCloseTo(to.x, 1);
      expect(y).toBeCloseTo(to.y, 1);
    }
  });

  it('scales by the zoom between the two views', () => {
    const drawn = viewAt(960, 600);
    const zoomed = { ...drawn, camera: { ...drawn.camera, zoom: drawn.camera.zoom + 1 } };
    expect(drawnScale(drawn, zoomed)).toBeCloseTo(2, 9);
  });
});
