import { describe, expect, it } from 'vitest';
import { currentStep, readStep, stepAttributes } from './story-steps.ts';

describe('a scrolling story', () => {
  it('shows the last step across the reading line', () => {
    expect(currentStep(new Set([2, 3]), 1)).toBe(3);
  });

  it('keeps the step it showed while the reader is between two', () => {
    expect(currentStep(new Set(), 4)).toBe(4);
  });

  it('reads a step’s year and region, and refuses a year that is not one', () => {
    expect(readStep('2026', 'paris')).toEqual({ year: 2026, region: 'paris' });
    expect(readStep('2019', undefined)).toEqual({ year: 2019 });
    expect(readStep('twenty', 'paris')).toBeUndefined();
  });

  it('closes the open region at a step that names none', () => {
    expect(stepAttributes({ year: 2019 })).toEqual({ year: '2019', region: null });
  });
});
