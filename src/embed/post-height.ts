import { isHeightRequest, resizeMessage } from './protocol.ts';
import { isWordPressReady, wordpressHeight } from './wordpress.ts';

const RETRY_AFTER_MS = [100, 400, 1000, 2500];

/**
 * Tells the parent page the height of the embed view whenever it changes, and whenever the parent
 * asks, so the iframe fits its content: in our own message for `embed-resize.js`, and, given the
 * secret WordPress handed this frame, in WordPress's too. The messages carry nothing but a number,
 * so any parent may read them; only the parent window's exact question gets an answer.
 */
export function postHeightToParent(element: HTMLElement, secret?: string): () => void {
  if (window.parent === window) return () => {};
  let last = 0;
  const post = (always: boolean) => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === 0 || (height === last && !always)) return;
    last = height;
    window.parent.postMessage(resizeMessage(height), '*');
    if (secret) window.parent.postMessage(wordpressHeight(secret, height), '*');
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    if (isHeightRequest(event.data) || (secret && isWordPressReady(event.data, secret))) post(true);
  };
  const observer = new ResizeObserver(() => post(false));
  observer.observe(element);
  window.addEventListener('message', onMessage);
  post(false);
  // A page may keep the frame out of sight until it speaks (WordPress clips it to a pixel), and the
  // browser then skips the frame's rendering: no layout yet at the start, no ResizeObserver call
  // later. Measuring again a few times after the start gets the first height out regardless.
  const retries = RETRY_AFTER_MS.map((delay) => setTimeout(() => post(false), delay));
  return () => {
    observer.disconnect();
    retries.forEach(clearTimeout);
    window.removeEventListener('message', onMessage);
  };
}
