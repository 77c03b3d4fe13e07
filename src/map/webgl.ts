/**
 * MapLibre 6 needs WebGL 2 and no longer offers a `supported()` check, and a browser can report
 * the API while policy or drivers refuse a context: asking for a real context is the only test.
 */
export function canUseWebGL2(): boolean {
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
}
