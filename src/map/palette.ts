import type { ShownStatus } from '../data/status.ts';
import type { PeerProvider } from '../data/types.ts';

export type ColorScheme = 'light' | 'dark';

/** Every colour of one scheme: the page's, the map's and the pins'. */
export interface Palette {
  background: string;
  /** Panels, table highlights, code. */
  surface: string;
  text: string;
  muted: string;
  /** Hairlines between blocks. */
  rule: string;
  /** Links and primary buttons. */
  accent: string;
  focus: string;
  ocean: string;
  land: string;
  border: string;
  /** Ring drawn around a pin whose region changed in the chosen year, and the closed cross. */
  highlight: string;
  /** Outline that keeps pins legible over land and over each other. */
  pinStroke: string;
  /**
   * Status colours from the Okabe–Ito set, which stays distinct for the common kinds of colour
   * blindness; shape carries the status too (hollow = announced, cross = closed), never colour alone.
   */
  status: Record<ShownStatus, string>;
  /**
   * Each compared provider's colour, from the same Okabe–Ito set and apart from the status
   * colours; its shape tells it apart too (`PEER_SHAPES`), in print and for any colour vision.
   */
  provider: Record<PeerProvider, string>;
}

export const PALETTES: Record<ColorScheme, Palette> = {
  light: {
    background: '#ffffff',
    surface: '#f6f7f8',
    text: '#1b1d21',
    muted: '#5b616b',
    rule: '#dcdfe3',
    accent: '#0b5cad',
    focus: '#0b5cad',
    ocean: '#eef2f5',
    land: '#fbfaf7',
    border: '#c9ccd1',
    highlight: '#1b1b1b',
    pinStroke: '#ffffff',
    status: {
      operating: '#0072b2',
      closing: '#c8501a',
      announced: '#c27c00',
      closed: '#6f6f6f',
    },
    // Darkened where the set's own shade is too light to read on the light land.
    provider: { aws: '#b5508c', azure: '#00785a', google: '#2b2b2b' },
  },
  dark: {
    background: '#0d1117',
    surface: '#161c24',
    text: '#e8eaed',
    muted: '#a2a9b3',
    rule: '#2d3540',
    accent: '#7cc0f5',
    focus: '#7cc0f5',
    ocean: '#111820',
    land: '#242b33',
    border: '#3d4650',
    highlight: '#f4f4f4',
    pinStroke: '#111820',
    status: {
      operating: '#56b4e9',
      closing: '#f07a45',
      announced: '#e69f00',
      closed: '#a3a3a3',
    },
    provider: { aws: '#cc79a7', azure: '#2cb58f', google: '#f0e442' },
  },
};

/**
 * The palette as CSS custom properties, set on the map's root element, so stylesheets read the
 * same colours the renderers draw with instead of copies of them.
 */
export function paletteStyle(palette: Palette): string {
  const properties: Record<string, string> = {
    '--bg': palette.background,
    '--surface': palette.surface,
    '--text': palette.text,
    '--muted': palette.muted,
    '--rule': palette.rule,
    '--accent': palette.accent,
    '--focus': palette.focus,
    '--ocean': palette.ocean,
    '--land': palette.land,
    '--highlight': palette.highlight,
    '--pin-stroke': palette.pinStroke,
    '--status-operating': palette.status.operating,
    '--status-closing': palette.status.closing,
    '--status-announced': palette.status.announced,
    '--status-closed': palette.status.closed,
  };
  return Object.entries(properties)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
}
