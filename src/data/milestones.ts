/**
 * The company's own events, which are not one region's: when Alibaba Cloud began, and what the
 * sources say of its course. Sourced like region events.
 */
import { NEWS } from './sources';
import type { Certainty, EventDate, Source } from './types';

export interface Milestone {
  /** Stable slug. */
  id: string;
  date: EventDate;
  /** `on` when absent. */
  certainty?: Certainty;
  /** One line a reader can take in at a glance. */
  title: string;
  note?: string;
  sources: Source[];
}

/** Oldest first. */
export const MILESTONES: readonly Milestone[] = [
  {
    id: 'launch',
    date: '2009-09',
    title: 'Alibaba Cloud (Aliyun) launched',
    note: 'the day is not published in the sources read; its first regions’ opening dates are not published either',
    sources: [NEWS.fourSites2016],
  },
];
