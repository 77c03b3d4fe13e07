import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { syntheticDataset } from './synthetic.mjs';

/** Builds our site, our site over a synthetic dataset, and the reference pages. */
export async function buildAll({ repoRoot, outDir, syntheticCount }) {
  const configFile = join(repoRoot, 'vite.config.ts');
  const site = join(outDir, 'site');
  const site10k = join(outDir, 'site-10k');
  const reference = join(outDir, 'reference');
  // Hidden source maps: the shipped files are byte for byte the production build, and the maps
  // beside them let the size report tell our code from the libraries.
  const output = await build({
    configFile,
    root: repoRoot,
    logLevel: 'warn',
    build: { outDir: site, emptyOutDir: true, sourcemap: 'hidden' },
  });
  const modules = {};
  for (const result of [output].flat()) {
    for (const item of result.output ?? []) {
      if (item.type === 'chunk') modules[item.fileName] = Object.keys(item.modules);
    }
  }
  writeFileSync(join(outDir, 'site-modules.json'), JSON.stringify(modules, null, 1));
  await build({
    configFile,
    root: repoRoot,
    logLevel: 'warn',
    plugins: [syntheticDataset(join(repoRoot, 'src/data/regions.ts'), syntheticCount)],
    build: { outDir: site10k, emptyOutDir: true, chunkSizeWarningLimit: 8000 },
  });
  const referenceRoot = join(repoRoot, 'tests/bench/reference');
  await build({
    configFile: false,
    root: referenceRoot,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: reference,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 5000,
      rollupOptions: {
        input: {
          'bare-maplibre': join(referenceRoot, 'bare-maplibre.html'),
          'd3-svg': join(referenceRoot, 'd3-svg.html'),
        },
      },
    },
  });
  return { site, site10k, reference, modules };
}
