import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The folder the tests' build is written to. */
    siteDir: string;
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
 * Builds the site once and serves it as a reader's browser would get it. The build goes to a
 * folder of its own outside the project: `dist/` stays what `npm run build` wrote (a host who tests
 * and then copies it publishes no test address), and a dev server running beside the tests sees no
 * file change. Vitest sets NODE_ENV to `test`, which would make Svelte compile with its dev
 * checks: the build runs as production. SITE_URL is read when the config is (inside `build`), so it
 * is set just around it.
 */
export default async function setup(project: TestProject) {
  const port = await freePort();
  const outDir = mkdtempSync(join(tmpdir(), 'footprint-test-site-'));
  const nodeEnv = process.env.NODE_ENV;
  const siteUrl = process.env.SITE_URL;
  process.env.NODE_ENV = 'production';
  // The oEmbed answers and discovery links name the address the tests serve the site at.
  process.env.SITE_URL = `http://127.0.0.1:${port}/`;
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
    if (siteUrl === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = siteUrl;
  }
  server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  project.provide('siteDir', outDir);
  return async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
