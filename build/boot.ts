/**
 * Builds `src/ui/boot.ts` into the site's `boot.js`: one small classic script (no module, so it
 * runs before the first paint from `<head>`), minified, with the app's reading of the address
 * compiled in rather than rewritten by hand.
 */
import { join } from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';

export const BOOT_FILE = 'boot.js';

/** The built script's text. */
export async function buildBoot(root: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      write: false,
      // Every browser the map supports; the syntax stays that of its other scripts.
      target: 'es2022',
      minify: true,
      lib: { entry: join(root, 'src/ui/boot.ts'), formats: ['iife'], name: 'footprintBoot' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs[0]?.output.find((file) => file.type === 'chunk');
  if (!chunk) throw new Error('boot.ts built to no script');
  return chunk.code;
}

export function bootScript(): Plugin {
  let root = '';
  return {
    name: 'boot-script',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: BOOT_FILE, source: await buildBoot(root) });
    },
  };
}
