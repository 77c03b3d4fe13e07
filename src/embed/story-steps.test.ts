import { describe, expect, it } from 'vitest';
import { readingLine, readStep, stepAt, stepAttributes } from './story-steps.ts';

describe('a scrolling story', () => {
  it('shows the last step whose top has reached the reading line', () => {
    expect(stepAt([-900, -200, 300, 1200], 500)).toBe(2);
  });

  it('keeps the last step reached while the reader is between two, or after a jump past several', () => {
    // A jump that leaves every step above the line (the last one just above it) shows the last.
    expect(stepAt([-3000, -2000, -900, 490], 500)).toBe(3);
  });

  it('shows nothing before the first step reaches the line', () => {
    expect(stepAt([600, 1400], 500)).toBeUndefined();
  });

  it('puts the line two thirds down beside the map, and halfway below a map that spans the screen', () => {
    expect(readingLine(900, undefined)).toBe(600);
    expect(readingLine(740, 480)).toBe(610);
    // A short map leaves the line where it is beside one.
    expect(readingLine(900, 100)).toBe(600);
  });

  it('reads a step’s year and region, and refuses a year that is not one', () => {
    expect(readStep('2026', 'paris')).toEqual({ year: 2026, region: 'paris' });
    expect(readStep('2019', undefined)).toEqual({ year: 2019 });
    expect(readStep('twenty', 'paris')).toBeUndefined();
  });

  it('clears the chosen region at a step that names none', () => {
    expect(stepAttributes({ year: 2019 })).toEqual({ year: '2019', region: null });
  });
});
