/**
 * The pin layer's pointer surface. Under MapLibre the layer moves into MapLibre's own event area,
 * so the wheel, a drag or a pinch over a pin moves the map as it would anywhere else; back home
 * (in the map's box) when MapLibre is gone. A crowd's other members have no element of their own:
 * the surface answers a hover or a press where they stand, unless the pointer travelled far
 * enough to be a drag (the map's one rule, `DRAG_THRESHOLD_PX`).
 */
import type { Attachment } from 'svelte/attachments';
import { DRAG_THRESHOLD_PX } from '../map/gestures.ts';
import type { PinControl } from '../map/pin-layout.ts';

export interface PinSurface {
  /** The crowd whose member stands at a point of the layer (CSS px from its top left). */
  crowdAt(x: number, y: number): PinControl | undefined;
  /** A mouse or pen rests on a crowd's member, or on none of them. */
  onhover(crowd: PinControl | undefined): void;
  /** A press (not a drag) on a crowd's member. */
  onpress(crowd: PinControl): void;
}

/** Places the layer in `into` (its home when absent) and answers pointers on its surface there. */
export function pinSurface(into: HTMLElement | undefined, answer: PinSurface): Attachment {
  return (node) => {
    const home = node.parentElement;
    // At home the layer is in a `display: contents` wrapper: the map's box takes the events.
    const surface = into ?? home?.parentElement;
    if (into) into.append(node);
    let down: { x: number; y: number } | undefined;

    /** The crowd under a pointer on the surface, not on a control of the map. */
    const crowdAt = (event: MouseEvent) => {
      if (!(event.target instanceof Element) || event.target.closest('button, a, [role="dialog"]'))
        return undefined;
      const box = node.getBoundingClientRect();
      return answer.crowdAt(event.clientX - box.left, event.clientY - box.top);
    };
    const onpointerdown = (event: PointerEvent) => (down = { x: event.clientX, y: event.clientY });
    const onpointermove = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse' && event.pointerType !== 'pen') return;
      const crowd = crowdAt(event);
      if (surface) surface.style.cursor = crowd ? 'pointer' : '';
      if (crowd || !node.querySelector('[data-item]:hover')) answer.onhover(crowd);
    };
    const onclick = (event: MouseEvent) => {
      const moved = down && Math.hypot(event.clientX - down.x, event.clientY - down.y);
      if (moved !== undefined && moved >= DRAG_THRESHOLD_PX) return;
      const crowd = crowdAt(event);
      if (crowd) answer.onpress(crowd);
    };
    surface?.addEventListener('pointerdown', onpointerdown);
    surface?.addEventListener('pointermove', onpointermove);
    surface?.addEventListener('click', onclick);
    return () => {
      surface?.removeEventListener('pointerdown', onpointerdown);
      surface?.removeEventListener('pointermove', onpointermove);
      surface?.removeEventListener('click', onclick);
      if (surface) surface.style.cursor = '';
      if (into) home?.prepend(node);
    };
  };
}
