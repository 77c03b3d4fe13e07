import { EN, ZH } from '../../src/data/fixtures.test-helpers.ts';
import type { Page } from 'playwright-core';
import { parseCompare } from '../../src/data/input.ts';
import { REGIONS as AWS } from '../../src/data/providers/aws.ts';
import { REGIONS as AZURE } from '../../src/data/providers/azure.ts';
import { REGIONS as GOOGLE } from '../../src/data/providers/google.ts';
import { REGIONS } from '../../src/data/regions.ts';
import type { PeerProvider, Region } from '../../src/data/types.ts';
import { readLocation } from '../../src/data/view-url.ts';
import { yearView } from '../../src/data/year-view.ts';
import type { RenderedPin } from '../../src/map/scene.ts';
import type { MapProbe, PinLayerProbe } from '../../src/ui/probe.ts';

const PEERS: Record<PeerProvider, readonly Region[]> = { aws: AWS, azure: AZURE, google: GOOGLE };

/** A drawn pin and its button may differ by rounding, never by a visible amount. */
const MAX_OFFSET_PX = 1.5;
/** Pins this close to the map's edge may be drawn or culled; they are not compared. */
const EDGE_PX = 12;

interface Seen {
  slider: string;
  heading: string;
  list: string;
  pathname: string;
  search: string;
  panel: string | undefined;
  /** The region the line under the map says is chosen. */
  chosen: string | undefined;
  /** `<html lang>`, and the map's own root's. */
  lang: string;
  mapLang: string;
  renderer: string;
  box: { width: number; height: number };
  buttons: RenderedPin[];
  drawn: RenderedPin[];
}

const at = (pin: RenderedPin) => `${pin.x.toFixed(1)},${pin.y.toFixed(1)}`;

/** Everything a reader can see of the state, read in one go. */
function read(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const map = document.querySelector<HTMLElement & Partial<MapProbe>>('[data-map-state]');
    const origin = map?.getBoundingClientRect();
    // Where each pin can be pressed: its own button, or, in a cluster, the cluster's control (on
    // the member it names in data-at) and the other members' targets, which the layer answers.
    const layer = document.querySelector<HTMLElement & Partial<PinLayerProbe>>('[data-pin-layer]');
    const layerBox = layer?.getBoundingClientRect();
    const buttons = [
      ...[
        ...document.querySelectorAll<HTMLElement>('button[data-pin-id], button[data-cluster]'),
      ].map((node) => {
        const box = node.getBoundingClientRect();
        return {
          id: node.dataset.pinId ?? node.dataset.at ?? '',
          x: box.x + box.width / 2 - (origin?.x ?? 0),
          y: box.y + box.height / 2 - (origin?.y ?? 0),
        };
      }),
      ...(layer?.crowdTargets?.() ?? []).map((target) => ({
        id: target.id,
        x: target.x + (layerBox?.x ?? 0) - (origin?.x ?? 0),
        y: target.y + (layerBox?.y ?? 0) - (origin?.y ?? 0),
      })),
    ];
    return {
      slider: (document.querySelector('#year-slider') as HTMLInputElement | null)?.value ?? '',
      heading: document.querySelector('#summary-year')?.textContent?.replace(/\D/g, '') ?? '',
      list: document.querySelector('#region-list-title')?.textContent?.replace(/\D/g, '') ?? '',
      pathname: location.pathname,
      search: location.search,
      panel: document.querySelector('#region-panel-title')?.textContent ?? undefined,
      chosen: document.querySelector<HTMLElement>('[data-chosen]')?.dataset.chosen,
      lang: document.documentElement.lang,
      mapLang: document.querySelector('.footprint')?.getAttribute('lang') ?? '',
      renderer: map?.dataset.mapRenderer ?? '',
      box: { width: origin?.width ?? 0, height: origin?.height ?? 0 },
      buttons,
      drawn: map?.renderedPins?.() ?? [],
    };
  });
}

/**
 * What disagrees on the page: the year in the slider, the heading, the list and the URL; the chosen
 * region in the URL, the line under the map and any open story; the pin buttons and the year's pins; and the pins the renderer
 * drew under those buttons. Empty when everything agrees.
 */
export async function disagreements(page: Page): Promise<string[]> {
  const seen = await read(page);
  const problems: string[] = [];
  const params = new URLSearchParams(readLocation(seen.pathname, seen.search).search);
  const year = Number(seen.slider);
  for (const [what, value] of [
    ['heading', seen.heading],
    ['list', seen.list],
    ['URL', params.get('year') ?? ''],
  ] as const) {
    if (value !== seen.slider) problems.push(`slider says ${seen.slider}, ${what} says ${value}`);
  }
  const asked = params.get('lang');
  if (asked && asked !== seen.lang)
    problems.push(`URL asks for ${asked}, the page is ${seen.lang}`);
  if (seen.mapLang !== seen.lang) {
    problems.push(`the page is ${seen.lang}, the map speaks ${seen.mapLang}`);
  }
  const locale = seen.lang === ZH.lang ? ZH : EN;
  // Alibaba's regions, and those of the providers the URL compares with.
  const views = [REGIONS, ...(parseCompare(params.get('compare')) ?? []).map((p) => PEERS[p])].map(
    (regions) => yearView(regions, year, locale),
  );
  const chosen = views.map((view) => view.pin(params.get('region') ?? '')).find(Boolean);
  if (chosen?.id !== seen.chosen) {
    problems.push(`URL chooses ${chosen?.id}, the line under the map ${seen.chosen}`);
  }
  // A story is open only for the chosen region, at the reader's ask.
  if (seen.panel !== undefined && chosen?.name !== seen.panel) {
    problems.push(`URL chooses ${chosen?.id}, the panel shows ${seen.panel}`);
  }

  const expected = views
    .flatMap((view) => view.visible)
    .map((pin) => pin.id)
    .sort();
  const buttonIds = seen.buttons.map((pin) => pin.id).sort();
  if (expected.join() !== buttonIds.join()) {
    problems.push(`pin buttons ${buttonIds.join()} are not ${year}'s pins ${expected.join()}`);
  }

  const inside = (pin: RenderedPin) =>
    pin.x >= EDGE_PX &&
    pin.y >= EDGE_PX &&
    pin.x <= seen.box.width - EDGE_PX &&
    pin.y <= seen.box.height - EDGE_PX;
  const drawn = new Map(seen.drawn.map((pin) => [pin.id, pin]));
  const buttons = new Map(seen.buttons.map((pin) => [pin.id, pin]));
  // Every button in view has its pin drawn under it, and every pin drawn in view its button on it.
  const ids = new Set([...seen.buttons, ...seen.drawn].filter(inside).map((pin) => pin.id));
  for (const id of ids) {
    const pin = drawn.get(id);
    const button = buttons.get(id);
    if (!pin) problems.push(`${seen.renderer} draws no pin under the ${id} button`);
    else if (!button) problems.push(`${seen.renderer} draws ${id}, which has no button`);
    else if (Math.hypot(pin.x - button.x, pin.y - button.y) > MAX_OFFSET_PX) {
      problems.push(`${seen.renderer} draws ${id} at ${at(pin)}, its button is at ${at(button)}`);
    }
  }
  return problems;
}
