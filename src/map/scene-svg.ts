import { flushSync, mount, unmount } from 'svelte';
import type { WorldTopology } from './basemap.ts';
import { landPaths } from './land-paths.ts';
import type { MapScene } from './scene.ts';
import SvgMap from './SvgMap.svelte';

/**
 * The scene drawn by the SVG renderer outside the page, for pictures of the map: the same
 * component draws the screen's first paint, so a picture looks as the map does, whichever renderer
 * shows it now.
 */
export function sceneSvg(world: WorldTopology, scene: MapScene): string {
  const host = document.createElement('div');
  const view = mount(SvgMap, { target: host, props: { land: landPaths(world, scene), scene } });
  flushSync();
  const svg = host.querySelector('svg');
  svg?.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const markup = svg ? new XMLSerializer().serializeToString(svg) : '';
  void unmount(view);
  return markup;
}
