import { describe, expect, it } from 'vitest';
import { keyRun, rovingIndex } from './keys.ts';

describe('moving along a row of controls', () => {
  it('steps, stops at the ends, and jumps to them', () => {
    expect(rovingIndex('ArrowRight', 3, 5)).toBe(4);
    expect(rovingIndex('ArrowRight', 4, 5)).toBe(4);
    expect(rovingIndex('ArrowLeft', 0, 5)).toBe(0);
    expect(rovingIndex('Home', 3, 5)).toBe(0);
    expect(rovingIndex('End', 0, 5)).toBe(4);
    expect(rovingIndex('a', 0, 5)).toBeUndefined();
  });

  it('moves forward on the arrow the row is read by: up a chart, down a list', () => {
    expect(rovingIndex('ArrowUp', 2, 5)).toBe(3);
    expect(rovingIndex('ArrowDown', 2, 5)).toBe(1);
    expect(rovingIndex('ArrowUp', 2, 5, 'down')).toBe(1);
    expect(rovingIndex('ArrowDown', 2, 5, 'down')).toBe(3);
  });
});

describe('a run of key presses', () => {
  it('is one act while presses come within a second of each other', () => {
    let now = 0;
    const inRun = keyRun(() => now);
    expect(inRun()).toBe(false);
    now = 400;
    expect(inRun()).toBe(true);
    now = 1300;
    expect(inRun()).toBe(true);
    now = 2400;
    expect(inRun()).toBe(false);
  });
});
