/**
 * The key: what each mark of the map means, drawn from the pin specification. One list for the
 * page's key and the pictures' key, so the two explain the map alike.
 */
import type { ShownStatus } from '../data/status.ts';
import { PEER_PROVIDERS, type PeerProvider } from '../data/types.ts';
import { ANNOUNCED_RADIUS, PEER_RADIUS, PIN, type Mark } from './pin-style.ts';

export type KeyEntry = ShownStatus | 'changed' | 'uncertain' | PeerProvider;

export interface KeyItem {
  entry: KeyEntry;
  mark: Mark;
}

/** Marks that are not about size are drawn at an announced pin's size. */
const KEY_RADIUS = ANNOUNCED_RADIUS;
/** An operating region's mark at a size many regions have (four or five zones). */
const OPERATING_RADIUS = 8;

/** How far the largest key mark (a pin with its ring) reaches from its centre, in CSS px. */
export const KEY_MARK_REACH = KEY_RADIUS + PIN.ringGap + PIN.ringWidth;

export const KEY: readonly KeyItem[] = [
  { entry: 'operating', mark: { status: 'operating', radius: OPERATING_RADIUS, changed: false } },
  ...(['closing', 'announced', 'closed'] as const).map((status): KeyItem => ({
    entry: status,
    mark: { status, radius: KEY_RADIUS, changed: false },
  })),
  // A ringed mark shrinks by half its ring's gap, so the ring stays inside the key's box.
  {
    entry: 'changed',
    mark: { status: 'operating', radius: KEY_RADIUS - PIN.ringGap / 2, changed: true },
  },
  {
    entry: 'uncertain',
    mark: {
      status: 'operating',
      radius: KEY_RADIUS - PIN.uncertainGap / 2,
      changed: false,
      uncertain: true,
    },
  },
];

/** The key of a map showing these layers: Alibaba's marks, then a line per compared provider. */
export function keyOf(layerIds: readonly string[]): readonly KeyItem[] {
  const peers = PEER_PROVIDERS.filter((provider) => layerIds.includes(provider));
  if (peers.length === 0) return KEY;
  return [
    ...KEY,
    ...peers.map((provider): KeyItem => ({
      entry: provider,
      mark: { status: 'operating', radius: PEER_RADIUS, changed: false, provider },
    })),
  ];
}
