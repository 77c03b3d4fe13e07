import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentType, fileFor } from '../static-files.mjs';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.json', '.css', '.csv', '.svg', '.txt']);

/**
 * Serves `dir` on 127.0.0.1 at a free port like a plain static host: gzip for text when the browser
 * asks for it, and nothing cached, so every run transfers every byte. Resolves to `{ url, close }`.
 */
export function serve(dir) {
  const cache = new Map();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const { file, status } = fileFor(dir, path);
    if (!file) {
      response.writeHead(status, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(file);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const key = `${gzip}:${file}`;
    let body = cache.get(key);
    if (!body) {
      body = gzip ? gzipSync(readFileSync(file)) : readFileSync(file);
      cache.set(key, body);
    }
    response.writeHead(200, {
      'Content-Type': contentType(file),
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      ...(COMPRESSIBLE.has(ext) ? { Vary: 'Accept-Encoding' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolvePromise({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
