import { isHeightRequest, resizeMessage } from './protocol';

/**
 * Tells the parent page the height of the embed view whenever it changes, and whenever the parent
 * asks, so the responsive iframe fits its content. The message carries nothing but a number, so
 * any parent may read it; only the parent window's exact question gets an answer.
 */
export function postHeightToParent(element: HTMLElement): () => void {
  if (window.parent === window) return () => {};
  let last = 0;
  const post = (always: boolean) => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last && !always) return;
    last = height;
    window.parent.postMessage(resizeMessage(height), '*');
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source === window.parent && isHeightRequest(event.data)) post(true);
  };
  const observer = new ResizeObserver(() => post(false));
  observer.observe(element);
  window.addEventListener('message', onMessage);
  post(false);
  return () => {
    observer.disconnect();
    window.removeEventListener('message', onMessage);
  };
}
