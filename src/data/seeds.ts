/**
 * The five news documents the map grew from, kept unchanged in `seeds/`: what each one is, as far
 * as the document itself says. A seed quote shows this, and the file is only where the link goes.
 */
import type { EventDate } from './types.ts';

export interface SeedDocument {
  title: string;
  /** Who published it, where the document says; otherwise undefined, and the map says so. */
  publisher?: string;
  date?: EventDate;
}

export const SEED_DOCUMENTS: Readonly<Record<string, SeedDocument>> = {
  '000_3ad7fe316cd719d9.txt': {
    title: 'Alibaba Cloud Adds Data Centers in Europe and Asia',
    publisher: 'AFBytes (a brief of a Pandaily report)',
  },
  '001_5644caed36047b1b.txt': {
    title: 'Alibaba Cloud plans expansion into Europe, South America',
    publisher: 'The Register',
    date: '2025-09-25',
  },
  '002_08e992f5574ac29b.txt': {
    title: 'Alibaba Cloud’s data centres in France (an analysis without a headline)',
  },
  '003_914b029b9d48d252.txt': {
    title: 'A Region Eight Years in the Making',
  },
  '004_1d7c5fee5f50a867.txt': {
    title: 'Alibaba Boosts Global Cloud Footprint With New Data Centers',
    date: '2024-05-25',
  },
};
