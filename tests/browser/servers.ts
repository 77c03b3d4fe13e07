import { readFileSync } from 'node:fs';
import { createServer, type OutgoingHttpHeaders, type Server } from 'node:http';
import { contentType, fileFor } from '../static-files.mjs';
import { freePort } from './global-setup';

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

/** Serves a folder (the built site) with extra headers, e.g. a Content-Security-Policy. */
export function serveFolder(root: string, headers: OutgoingHttpHeaders = {}): Promise<TestServer> {
  return listen(
    createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const { file, status } = fileFor(root, path);
      if (!file) {
        response.writeHead(status).end();
        return;
      }
      response.writeHead(200, {
        'Content-Type': contentType(file),
        ...headers,
      });
      response.end(readFileSync(file));
    }),
  );
}

/** Serves pages written by a function of the request path: a stand-in for someone's article. */
export function servePages(page: (path: string) => string): Promise<TestServer> {
  return listen(
    createServer((request, response) => {
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
