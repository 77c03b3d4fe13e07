import { RESIZE_MESSAGE_TYPE, type ResizeMessage } from '../data/input';

/** The resize message for a content height (checked on arrival by `isResizeMessage`). */
export function resizeMessage(height: number): ResizeMessage {
  return { type: RESIZE_MESSAGE_TYPE, height: Math.ceil(height) };
}
