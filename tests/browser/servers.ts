import { readFileSync } from 'node:fs';
import { createServer, type OutgoingHttpHeaders, type Server } from 'node:http';
import { contentType, fileFor } from '../static-files.mjs';
import { freePort } from './global-setup.ts';

export interface TestServer {
  origin: string;
  close: () => Promise<void>;
}

async function listen(server: Server): Promise<TestServer> {
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * How a server reads a request's path. `url`: as a URL against a base, as many small Node servers
 * do, so `//evil.example/view/2026/` is `/view/2026/`. `merged`: with repeated slashes merged, as
 * Apache and nginx do, so `//view/2026/` is `/view/2026/`. Either way a path that cannot be read
 * (`%E0%A4%A`, or `//` as a URL) is a 400, never a crash.
 */
export type PathReading = 'url' | 'merged';

function requestPath(target: string, reading: PathReading): string | undefined {
  try {
    const raw =
      reading === 'url'
        ? new URL(target, 'http://x').pathname
        : (target.split(/[?#]/)[0] ?? '/').replace(/\/{2,}/g, '/');
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

export interface FolderOptions {
  /** Extra headers on every file, e.g. a Content-Security-Policy. */
  headers?: OutgoingHttpHeaders;
  reading?: PathReading;
  /** How files are typed: by default as a server that knows every file the site has. */
  typeOf?: (file: string) => string;
  /** The path the folder is served under, as a host serves the map at `/footprint/`. */
  mount?: string;
}

/** Serves a folder (the built site), as a static host does. */
export function serveFolder(root: string, options: FolderOptions = {}): Promise<TestServer> {
  const { headers = {}, reading = 'url', typeOf = contentType, mount = '/' } = options;
  return listen(
    createServer((request, response) => {
      const path = requestPath(request.url ?? '/', reading);
      if (path === undefined) {
        response.writeHead(400).end();
        return;
      }
      if (!path.startsWith(mount)) {
        response.writeHead(404).end();
        return;
      }
      const { file, status } = fileFor(root, path.slice(mount.length - 1));
      if (!file) {
        response.writeHead(status).end();
        return;
      }
      response.writeHead(200, {
        'Content-Type': typeOf(file),
        ...headers,
      });
      response.end(readFileSync(file));
    }),
  );
}

/**
 * Serves pages written by a function of the request path: a stand-in for someone's article, with
 * the headers `headers` gives for the path (its Content-Security-Policy, say).
 */
export function servePages(
  page: (path: string) => string,
  headers: (path: string) => OutgoingHttpHeaders = () => ({}),
): Promise<TestServer> {
  return listen(
    createServer((request, response) => {
      for (const [name, value] of Object.entries(headers(request.url ?? '/'))) {
        if (value !== undefined) response.setHeader(name, value);
      }
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(page(request.url ?? '/'));
    }),
  );
}

/** An article: paragraphs of text around whatever the page embeds. */
export function articleHtml(embedded: string): string {
  const paragraph = (n: number) =>
    `<p>Paragraph ${n}. ${'The cloud market keeps growing, and so does the map of where it lives. '.repeat(6)}</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>An article</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:46rem;margin:0 auto;padding:1rem}</style></head>
<body><h1>Where the cloud lives</h1>${[1, 2, 3].map(paragraph).join('')}
${embedded}
${[4, 5, 6, 7, 8, 9].map(paragraph).join('')}</body></html>`;
}
