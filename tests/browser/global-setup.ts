import { createServer } from 'node:net';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

let server: PreviewServer | undefined;

/**
 * Builds the site once and serves `dist/` as a reader's browser would get it. Vitest sets NODE_ENV
 * to `test`, which would make Svelte compile with its dev checks: the build runs as production.
 * SITE_URL is read when the config is (inside `build`), so it is set just around it.
 */
export default async function setup(project: TestProject) {
  const port = await freePort();
  const nodeEnv = process.env.NODE_ENV;
  const siteUrl = process.env.SITE_URL;
  process.env.NODE_ENV = 'production';
  // The oEmbed answers and discovery links name the address the tests serve the site at.
  process.env.SITE_URL = `http://127.0.0.1:${port}/`;
  try {
    await build({ logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
    if (siteUrl === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = siteUrl;
  }
  server = await preview({
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await server?.close();
  };
}
