/**
 * Where the root-run WordPress check keeps its files (the map's build, Apache's config, the input
 * that PHP reads and runs): a folder made for this run alone, with a name no one can guess and
 * mode 0700. A fixed /tmp path could be made in advance by another user, who could then swap what
 * root runs or point the build's emptying at /etc.
 */
import { lstatSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A new private folder under the system's temporary folder, checked to be ours: a real folder (no
 * symlink), owned by this process's user, readable by no one else.
 * @param {string} prefix
 * @returns {string}
 */
export function privateFolder(prefix) {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  const stat = lstatSync(folder);
  const uid = process.getuid?.();
  if (
    !stat.isDirectory() ||
    stat.isSymbolicLink() ||
    (uid !== undefined && stat.uid !== uid) ||
    (stat.mode & 0o777) !== 0o700
  ) {
    throw new Error(`${folder} is not a private folder of this user`);
  }
  return folder;
}
