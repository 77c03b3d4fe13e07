import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { privateFolder } from '../wordpress/state.mjs';

const made: string[] = [];
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the WordPress check’s working folder', () => {
  it('is a new folder of its own each run, unguessable, and private (0700)', () => {
    const first = privateFolder('footprint-wordpress-');
    const second = privateFolder('footprint-wordpress-');
    made.push(first, second);
    expect(first).not.toBe(second);
    expect(dirname(first)).toBe(tmpdir());
    expect(first).toMatch(/footprint-wordpress-[A-Za-z0-9]{6}$/);
    const stat = statSync(first);
    expect(stat.isDirectory()).toBe(true);
    expect(stat.mode & 0o777).toBe(0o700);
    expect(stat.uid).toBe(process.getuid!());
  });
});
