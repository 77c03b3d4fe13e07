import type { Measure } from './figure-layout.ts';

/** A rough width per character where the browser cannot measure (no canvas): labels still fit. */
const FALLBACK_CHAR_PX = 7;

/**
 * The one way the map measures text, for its labels and its pictures: on a canvas, in whole CSS
 * pixels rounded up, so a box sized by it never clips its text.
 */
export function canvasMeasure(): Measure {
  let context: CanvasRenderingContext2D | null | undefined;
  return (text, font) => {
    context ??= document.createElement('canvas').getContext('2d');
    if (!context) return text.length * FALLBACK_CHAR_PX;
    context.font = font;
    return Math.ceil(context.measureText(text).width);
  };
}
