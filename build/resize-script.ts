/**
 * The resize script the iframe snippet loads into an article is code running in the news site's
 * own origin: the snippet names it by a file name made from its content and pins that content with
 * Subresource Integrity, so a changed file on the map's host is refused by the browser (the iframe
 * then keeps its fixed height) instead of run. `public/embed-resize.js` is still published under its
 * plain name for snippets written before.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { ResizeScript } from '../src/data/snippet.ts';

export const RESIZE_SCRIPT_SOURCE = join(import.meta.dirname, '../public/embed-resize.js');

/** The module the snippet reads the script's name and hash from. */
const VIRTUAL_ID = 'virtual:resize-script';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function resizeScriptOf(source: string | Buffer): ResizeScript {
  const digest = createHash('sha384').update(source).digest();
  return {
    file: `embed-resize.${digest.toString('hex').slice(0, 16)}.js`,
    integrity: `sha384-${digest.toString('base64')}`,
  };
}

/** Writes the content-named copy beside the plain one, and tells the snippet its name and hash. */
export function resizeScript(sourcePath = RESIZE_SCRIPT_SOURCE): Plugin {
  const read = () => {
    const source = readFileSync(sourcePath);
    return { source, ...resizeScriptOf(source) };
  };
  return {
    name: 'resize-script',
    // Before other plugins, and so also in the prerender's server build (see prerender.ts).
    enforce: 'pre',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { file, integrity } = read();
      return `export const RESIZE_SCRIPT = ${JSON.stringify({ file, integrity })};\n`;
    },
    generateBundle() {
      const { source, file } = read();
      this.emitFile({ type: 'asset', fileName: file, source });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const { source, file } = read();
        if (request.url?.split('?')[0] !== `/${file}`) return next();
        response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        response.end(source);
      });
    },
  };
}
