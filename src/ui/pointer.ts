import { MediaQuery } from 'svelte/reactivity';

/**
 * A finger is the main pointer (a phone, a tablet): pins get larger targets and the map asks for
 * two fingers. One query for every component that asks.
 */
export const coarsePointer = new MediaQuery('(pointer: coarse)', false);
