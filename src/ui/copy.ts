/** The map's words that more than one component, or a picture, uses. */
import type { RegionStatus } from '../data/status';
import type { EventType, RegionKind } from '../data/types';

export const MAP_TITLE = 'Alibaba Cloud’s data-center regions';

export const SOURCE_LINE =
  'Source: Alibaba Cloud Footprint; every event cites Alibaba Cloud or news reports. Countries: Natural Earth.';

export const STATUS_TEXT: Record<RegionStatus, string> = {
  operating: 'Operating',
  closing: 'Closing (closure announced)',
  announced: 'Announced, not yet open',
  closed: 'Closed',
  'not-yet': 'Not yet announced',
};

export const EVENT_TEXT: Record<EventType, string> = {
  announced: 'Announced',
  listed: 'Listed by Alibaba',
  opened: 'Opened',
  expanded: 'Expanded',
  closing: 'Closure announced',
  closed: 'Closed',
};

/** What each kind of region is, for readers; a public region needs no words. */
export const KIND_TEXT: Record<RegionKind, string> = {
  public: '',
  local: 'Local region: a single zone serving its province',
  partner: 'Partner region: run by a partner company under Alibaba Cloud’s name',
  'joint-venture': 'Joint-venture region: run jointly with another company',
};

/** The same, in a word or two, for the list. */
export const KIND_LABEL: Record<RegionKind, string> = {
  public: '',
  local: 'local region',
  partner: 'partner region',
  'joint-venture': 'joint venture',
};
