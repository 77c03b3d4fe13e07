let webgl2: boolean | undefined;

/**
 * MapLibre 6 needs WebGL 2 and no longer offers a `supported()` check, and a browser can report
 * the API while policy or drivers refuse a context: asking for a real context is the only test.
 * Asked once per page, however many maps it holds.
 */
export function canUseWebGL2(): boolean {
  webgl2 ??= (() => {
    try {
      const canvas = document.createElement('canvas');
      const gl = canvas.getContext('webgl2');
      if (!gl) return false;
      // Give the context back at once: browsers cap live contexts per page.
      gl.getExtension('WEBGL_lose_context')?.loseContext();
      return true;
    } catch {
      return false;
    }
  })();
  return webgl2;
}

/**
 * Browsers keep about 16 WebGL contexts per page and drop the oldest past that, blanking its map. A
 * page with many maps (ten custom elements in one article) keeps the extra ones on the SVG renderer.
 */
const MAX_LIVE_MAPS = 4;
let liveMaps = 0;

/** Claims one of the page's MapLibre slots; false when all are taken. */
export function claimMapSlot(): boolean {
  if (liveMaps >= MAX_LIVE_MAPS) return false;
  liveMaps++;
  return true;
}

export function releaseMapSlot(): void {
  liveMaps = Math.max(0, liveMaps - 1);
}
