/** The map's words that more than one component, or a picture, uses. */
import type { RegionStatus } from '../data/status';
import type { EventType } from '../data/types';

export const MAP_TITLE = 'Alibaba Cloud’s data-center regions';

export const SOURCE_LINE =
  'Source: Alibaba Cloud Footprint; every event cites Alibaba Cloud or news reports. Countries: Natural Earth.';

export const STATUS_TEXT: Record<RegionStatus, string> = {
  operating: 'Operating',
  announced: 'Announced, not yet open',
  closed: 'Closed',
  'not-yet': 'Not yet announced',
};

export const EVENT_TEXT: Record<EventType, string> = {
  announced: 'Announced',
  opened: 'Opened',
  expanded: 'Expanded',
  closed: 'Closed',
};
