import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest } from './labels.ts';

const label = (id: string, x: number, y: number, width = 50): LabelRequest => ({
  id,
  text: id,
  x,
  y,
  radius: 6,
  width,
  height: 14,
});

describe('label placement', () => {
  it('puts a lone label to the right of its pin', () => {
    const [placed] = placeLabels([label('paris', 100, 100)], [{ x: 100, y: 100, radius: 6 }], {
      width: 400,
      height: 300,
    });
    expect(placed).toMatchObject({ side: 'right', left: 110, top: 93 });
  });

  it('never lets two labels, or a label and a pin, overlap, and drops what cannot fit', () => {
    const pins = [
      { x: 100, y: 100, radius: 6 },
      { x: 130, y: 100, radius: 6 },
      { x: 100, y: 130, radius: 6 },
    ];
    const placed = placeLabels(
      [label('a', 100, 100), label('b', 130, 100), label('c', 100, 130)],
      pins,
      { width: 400, height: 300 },
    );
    const boxes = [
      ...placed.map((p) => [p.left, p.top, p.left + p.width, p.top + p.height]),
      ...pins.map((p) => [p.x - p.radius, p.y - p.radius, p.x + p.radius, p.y + p.radius]),
    ];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;
        expect(overlap, `boxes ${i} and ${j}`).toBe(false);
      }
    }
    expect(placed.length).toBeGreaterThan(0);
  });

  it('turns a label inward at the edge of the map', () => {
    const [placed] = placeLabels([label('tokyo', 390, 100)], [{ x: 390, y: 100, radius: 6 }], {
      width: 400,
      height: 300,
    });
    expect(placed?.side).toBe('left');
  });
});
