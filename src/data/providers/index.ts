/**
 * The other providers' regions, one dataset each, loaded only when a reader turns its layer on (a
 * reader who never compares downloads none of them). The build validates and publishes them
 * beside Alibaba's, under the same rules (`data/providers/aws.json`, …).
 */
import type { PeerProvider, Region } from '../types.ts';

const MODULES = import.meta.glob<readonly Region[]>('./{aws,azure,google}.ts', {
  import: 'REGIONS',
});

const loading = new Map<PeerProvider, Promise<readonly Region[]>>();

/** A provider's regions, fetched once per page; a failed fetch is tried again when next asked. */
export function loadProvider(provider: PeerProvider): Promise<readonly Region[]> {
  let regions = loading.get(provider);
  if (!regions) {
    regions = MODULES[`./${provider}.ts`]!().catch((error: unknown) => {
      loading.delete(provider);
      throw error;
    });
    loading.set(provider, regions);
  }
  return regions;
}
