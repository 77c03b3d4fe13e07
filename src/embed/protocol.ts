/**
 * The messages between an embedded map and the page around it. Anyone can post a message to a
 * window, so each one is recognised only by its exact shape.
 */

/**
 * The message an embedded map sends its parent page so the iframe can take its content's height.
 * `public/embed-resize.js` (the parent side) repeats the type and bounds because it must run as a
 * plain script with no imports; a unit test keeps the two in step.
 */
export const RESIZE_MESSAGE_TYPE = 'alibaba-cloud-footprint:resize';

/** Heights outside this range are not an embed's content height but a forgery or a bug. */
export const MIN_EMBED_HEIGHT = 100;
export const MAX_EMBED_HEIGHT = 5000;

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  /** Content height in whole CSS pixels. */
  height: number;
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

/**
 * The parent page's question "how tall are you?", sent by `embed-resize.js` when it starts: the
 * embed may have reported its height before that script (loaded `async`) was listening.
 */
export const HEIGHT_REQUEST_TYPE = 'alibaba-cloud-footprint:request-height';

export function isHeightRequest(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const keys = Object.keys(data);
  return keys.length === 1 && (data as Record<string, unknown>).type === HEIGHT_REQUEST_TYPE;
}

/** The resize message for a content height. */
export function resizeMessage(height: number): ResizeMessage {
  return { type: RESIZE_MESSAGE_TYPE, height: Math.ceil(height) };
}
