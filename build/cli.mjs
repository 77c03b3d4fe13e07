/**
 * Runs one of the maintainer's scripts in build/ (TypeScript, loaded through Vite's module runner,
 * which Node 20 cannot run by itself): `node build/cli.mjs data-release [--draft]`.
 */
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const [name, ...args] = process.argv.slice(2);
const scripts = { 'data-release': 'data-release.ts', 'data-watch': 'data-watch.ts' };
const file = scripts[name ?? ''];
if (!file) {
  console.error(`Which script? One of: ${Object.keys(scripts).join(', ')}`);
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const { module } = await runnerImport(resolve(import.meta.dirname, file), {
  configFile: false,
  logLevel: 'error',
  root,
});
process.exitCode = await module.main(args);
