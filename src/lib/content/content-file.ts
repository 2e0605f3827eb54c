// The one way a content file is read: only a regular file that lies inside the content directory
// (no symbolic link, no folder linked in from elsewhere, so a pull request cannot publish a file of
// the build machine), and only within the size limit of its kind, checked before a byte is parsed.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { ContentError } from '../errors.ts';

/**
 * The largest file of each kind, in bytes. No policy document is near 2 MB (the 2024 opinion is
 * 22 KB); an item's metadata is a few hundred bytes; the largest annotation file is 28 KB.
 */
export const SIZE_LIMITS = {
  source: 2 * 1024 * 1024,
  item: 64 * 1024,
  annotation: 1024 * 1024,
} as const;
export type ContentFileKind = keyof typeof SIZE_LIMITS;

const KIND_NAMES: Record<ContentFileKind, string> = { source: 'a source', item: 'an item file', annotation: 'an annotation file' };

/** Whether anything (even a broken link) is at `path`. */
export function isPresent(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The names in a folder of the content directory; a file or a link in its place is an error. */
export function readContentFolder(path: string, root = process.cwd()): string[] {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) throw new ContentError(relative(root, path), undefined, 'a symbolic link; content folders must be real folders inside the content directory');
  if (!stat.isDirectory()) throw new ContentError(relative(root, path), undefined, 'is not a folder');
  return readdirSync(path);
}

/**
 * The bytes of the content file at `path`; throws a ContentError naming the file (relative to
 * `root`) when it is a link, not a regular file, outside `contentDir` or too large for its kind.
 */
export function readContentFile(path: string, contentDir: string, kind: ContentFileKind, root = process.cwd()): Buffer {
  const file = relative(root, path);
  if (lstatSync(path).isSymbolicLink()) throw new ContentError(file, undefined, 'a symbolic link; content files must be regular files inside the content directory');
  const base = realpathSync(contentDir);
  const folder = realpathSync(dirname(resolve(path)));
  if (folder !== base && !folder.startsWith(base + sep)) {
    throw new ContentError(file, undefined, 'its folder is a link to a place outside the content directory; content files must lie inside it');
  }
  // O_NOFOLLOW: a link swapped in after the check above is refused by the open itself.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ContentError(file, undefined, 'is not a regular file');
    const limit = SIZE_LIMITS[kind];
    if (stat.size === 0 && kind === 'source') throw new ContentError(file, undefined, 'the source file is empty');
    if (stat.size > limit) {
      throw new ContentError(file, undefined, kind === 'source' ? `the source file is ${stat.size} bytes; the limit is ${limit}` : `the file is ${stat.size} bytes; the limit for ${KIND_NAMES[kind]} is ${limit}`);
    }
    // Read at most one byte past the limit: a file that grows while it is read is still bounded.
    const bytes = Buffer.alloc(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (let n; length < bytes.length && (n = readSync(fd, bytes, length, bytes.length - length, null)) > 0; ) length += n;
    if (length > limit) throw new ContentError(file, undefined, `the file grew past the limit for ${KIND_NAMES[kind]} (${limit} bytes) while it was read`);
    return bytes.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
