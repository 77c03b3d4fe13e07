/**
 * What a plain static host does with a request path, shared by every server the tests and the
 * benchmark start: the file under the root it names (a folder's `index.html`), never a file outside
 * the root, and the content type of what it serves.
 */
import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** @type {Record<string, string>} */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * The content type for a file, by its extension.
 * @param {string} file
 */
export function contentType(file) {
  return CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
}

/**
 * The file `path` (a URL's decoded path, relative to the site) names under `root`:
 * `{ file }`, or `{ status: 403 }` for a path that climbs out, `{ status: 404 }` for none.
 * @param {string} root
 * @param {string} path
 * @returns {{ file: string, status: 200 } | { file: undefined, status: 403 | 404 }}
 */
export function fileFor(root, path) {
  const base = resolve(root);
  let file = normalize(join(base, path));
  if (file !== base && !file.startsWith(base + sep)) return { file: undefined, status: 403 };
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return { file: undefined, status: 404 };
  return { file, status: 200 };
}
