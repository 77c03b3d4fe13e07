/** Written by `build/resize-script.ts`: the content-named resize script and its hash. */
declare module 'virtual:resize-script' {
  export const RESIZE_SCRIPT: import('../data/snippet.ts').ResizeScript;
}
