/**
 * Element ids that tie controls to what they control (`aria-controls`, `for`, focus targets). Each
 * map has its own document or shadow root, so one set serves every map on a page.
 */
export const PANEL_ID = 'region-panel';
export const PANEL_TITLE_ID = 'region-panel-title';
export const SLIDER_ID = 'year-slider';
