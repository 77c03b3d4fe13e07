/**
 * What the browser tests and the benchmark read of a map, as functions on its elements: the map's
 * root says which pins its renderer draws and where, and can start MapLibre as a reader's reach
 * would; the pin layer says where a crowd's other members can be pressed, targets no element
 * stands for. Kept here, so the components carry one line each for them.
 */
import type { TargetPoint } from '../map/pin-layout.ts';
import type { RenderedPin } from '../map/scene.ts';

export interface MapProbe {
  /** The pins the renderer shows now, where it drew them. */
  renderedPins(): RenderedPin[];
  /** Starts MapLibre, as a drag or a zoom would. */
  interactive(): Promise<void>;
}

export interface PinLayerProbe {
  /** Where each crowd member other than the one its control stands on can be pressed. */
  crowdTargets(): TargetPoint[];
}

/** Hangs the probe's functions on the element (a Svelte attachment). */
export function probe<Probe extends object>(hooks: Probe) {
  return (node: HTMLElement): void => {
    Object.assign(node, hooks);
  };
}
