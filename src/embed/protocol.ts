/**
 * The message an embedded map sends its parent page so the iframe can take the height of its
 * content. `public/embed-resize.js` (the parent side) repeats the type and the bounds, because it
 * must run as a plain script with no imports; a unit test keeps the two in step.
 */

export const RESIZE_MESSAGE_TYPE = 'alibaba-cloud-footprint:resize';

/** Heights outside this range are not an embed's content height but a forgery or a bug. */
export const MIN_EMBED_HEIGHT = 100;
export const MAX_EMBED_HEIGHT = 5000;

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  /** Content height in CSS pixels. */
  height: number;
}

export function resizeMessage(height: number): ResizeMessage {
  return { type: RESIZE_MESSAGE_TYPE, height: Math.ceil(height) };
}

/** Only an object of exactly this shape with a sane height is a resize message. */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const keys = Object.keys(data);
  if (keys.length !== 2 || !keys.includes('type') || !keys.includes('height')) return false;
  const { type, height } = data as Record<string, unknown>;
  return (
    type === RESIZE_MESSAGE_TYPE &&
    typeof height === 'number' &&
    Number.isInteger(height) &&
    height >= MIN_EMBED_HEIGHT &&
    height <= MAX_EMBED_HEIGHT
  );
}
