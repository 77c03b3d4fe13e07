import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('CI, which runs as root on a fresh machine', () => {
  it('installs the packages without running any of their scripts', () => {
    const installs = read('.ci/run')
      .split('\n')
      .filter((line) => /^\s*npm (ci|install|i)\b/.test(line));
    expect(installs).toEqual(['npm ci --ignore-scripts --no-audit --no-fund']);
  });

  it('needs no install script: no locked package has one, and the project defines none', () => {
    const lock = JSON.parse(read('package-lock.json')) as {
      packages: Record<string, { hasInstallScript?: boolean }>;
    };
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([name]) => name);
    expect(withScripts).toEqual([]);
    const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: object }).scripts);
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) {
      expect(scripts).not.toContain(hook);
    }
  });
});
