// The one way a content file is read: only a regular file that lies inside the content directory
// (no symbolic link, no folder linked in from elsewhere, so a pull request cannot publish a file of
// the build machine), and only within the size limit of its kind, checked before a byte is parsed.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type Stats } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ContentError, ContentErrors } from '../errors.ts';

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

/** What a path that is not a regular file is, as an error says it. */
export function notRegular(stat: Stats): string {
  const what = stat.isFIFO()
    ? 'a FIFO (named pipe)'
    : stat.isSocket()
      ? 'a socket'
      : stat.isCharacterDevice() || stat.isBlockDevice()
        ? 'a device'
        : stat.isDirectory()
          ? 'a folder'
          : undefined;
  if (!what) return 'is not a regular file';
  return stat.isDirectory() ? `is ${what}, not a regular file` : `is ${what}, not a regular file; content files must be regular files (it was not read)`;
}

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
 * The YAML files of a folder of per-item files (items/, actor-tags/…), sorted. What would else be
 * skipped without a word is an error naming it: a folder inside (its files would never be read)
 * and an extension in the wrong case (x.YAML). Other names (a README, an editor's backup) and
 * hidden ones are left alone.
 */
export function yamlFilesIn(dir: string, root = process.cwd()): string[] {
  const problems: ContentError[] = [];
  const names: string[] = [];
  for (const name of readContentFolder(dir, root).sort()) {
    if (name.startsWith('.')) continue;
    const file = relative(root, join(dir, name));
    const isFolder = lstatSync(join(dir, name)).isDirectory();
    if (isFolder) problems.push(new ContentError(file, undefined, `a folder inside ${relative(root, dir)}/; its files must lie in ${relative(root, dir)}/ itself (nothing in it was read)`));
    else if (/\.ya?ml$/.test(name)) names.push(name);
    else if (/\.ya?ml$/i.test(name)) problems.push(new ContentError(file, undefined, `the extension must be .yaml in lower case (the file was not read); rename it`));
  }
  if (problems.length) throw new ContentErrors(problems);
  return names;
}

/**
 * The bytes of the content file at `path`; throws a ContentError naming the file (relative to
 * `root`) when it is a link, not a regular file, outside `contentDir` or too large for its kind.
 */
export function readContentFile(path: string, contentDir: string, kind: ContentFileKind, root = process.cwd()): Buffer {
  const file = relative(root, path);
  const before = lstatSync(path);
  if (before.isSymbolicLink()) throw new ContentError(file, undefined, 'a symbolic link; content files must be regular files inside the content directory');
  // Before the open: opening a FIFO waits for a writer, for ever; a device or socket is no text.
  if (!before.isFile()) throw new ContentError(file, undefined, notRegular(before));
  const base = realpathSync(contentDir);
  const folder = realpathSync(dirname(resolve(path)));
  if (folder !== base && !folder.startsWith(base + sep)) {
    throw new ContentError(file, undefined, 'its folder is a link to a place outside the content directory; content files must lie inside it');
  }
  // O_NOFOLLOW: a link swapped in after the check above is refused by the open itself; O_NONBLOCK:
  // a FIFO swapped in after it opens at once instead of waiting, and is refused below.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ContentError(file, undefined, notRegular(stat));
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
