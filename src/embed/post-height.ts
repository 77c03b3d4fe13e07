import { resizeMessage } from './protocol';

/**
 * Tells the parent page the height of the embed view whenever it changes, so the responsive iframe
 * fits its content. The message carries nothing but a number, so any parent may read it.
 */
export function postHeightToParent(element: HTMLElement): () => void {
  if (window.parent === window) return () => {};
  let last = 0;
  const post = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage(resizeMessage(height), '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(element);
  post();
  return () => observer.disconnect();
}
