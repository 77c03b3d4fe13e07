import { scaleOrdinal } from 'd3-scale';
import { STATUSES, type RegionStatus } from '../data/status';

export type ColorScheme = 'light' | 'dark';

export interface Palette {
  /** Page colours, for pictures composed outside the page (the PNG download). */
  background: string;
  text: string;
  muted: string;
  ocean: string;
  land: string;
  border: string;
  /** Ring drawn around a pin whose region changed in the chosen year. */
  highlight: string;
  /** Outline that keeps pins legible over land and over each other. */
  pinStroke: string;
  status: (status: RegionStatus) => string;
}

/**
 * Status colours from the Okabe–Ito set, which stays distinct for the common kinds of colour
 * blindness; shape carries the status too (hollow = announced, cross = closed), never colour alone.
 * Keep in sync with the `--status-*` custom properties in `src/ui/global.css`.
 */
const STATUS_COLORS: Record<ColorScheme, readonly string[]> = {
  light: ['#0072b2', '#c27c00', '#6f6f6f', '#6f6f6f'],
  dark: ['#56b4e9', '#e69f00', '#a3a3a3', '#a3a3a3'],
};

function statusScale(scheme: ColorScheme) {
  return scaleOrdinal<RegionStatus, string>().domain(STATUSES).range(STATUS_COLORS[scheme]);
}

export const PALETTES: Record<ColorScheme, Palette> = {
  light: {
    background: '#ffffff',
    text: '#1b1d21',
    muted: '#5b616b',
    ocean: '#eef2f5',
    land: '#fbfaf7',
    border: '#c9ccd1',
    highlight: '#1b1b1b',
    pinStroke: '#ffffff',
    status: statusScale('light'),
  },
  dark: {
    background: '#0d1117',
    text: '#e8eaed',
    muted: '#a2a9b3',
    ocean: '#111820',
    land: '#242b33',
    border: '#3d4650',
    highlight: '#f4f4f4',
    pinStroke: '#111820',
    status: statusScale('dark'),
  },
};
