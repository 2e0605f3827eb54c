// Pagefind's own file format, which the build reads and writes back after Pagefind (chunks,
// metadata, fragments): gzip of the signature "pagefind_dcd" and a body (CBOR or JSON); and a
// bundle's entry (pagefind-entry.json), which names each language's metadata file by its hash.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/**
 * The Pagefind release whose file format the re-cut, the slimming and the directory read and
 * rewrite (package.json pins it exactly). Another release stops the build before it indexes.
 */
export const PAGEFIND_VERSION = '1.6.0';

const SIGNATURE = Buffer.from('pagefind_dcd');

/** The body of a Pagefind file; throws, naming it, when it is not one. */
export function pagefindBody(path: string, compressed: Buffer): Buffer {
  const raw = gunzipSync(compressed);
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${path} does not start with Pagefind's signature`);
  return raw.subarray(SIGNATURE.length);
}

/** A Pagefind file of this body, as Pagefind would write it. */
export const pagefindFile = (body: Uint8Array | string) => gzipSync(Buffer.concat([SIGNATURE, Buffer.from(body)]), { level: 9 });

/** Reads one Pagefind file; throws if its CBOR does not encode back to the same bytes. */
export function readPagefindFile(path: string): unknown[] {
  const body = pagefindBody(path, readFileSync(path));
  const data = decode(body) as unknown;
  if (!Array.isArray(data) || !Buffer.from(encode(data)).equals(body))
    throw new Error(`${path} is not in the format this build knows (Pagefind ${PAGEFIND_VERSION}): its index cannot be rewritten`);
  return data;
}

/** A Pagefind file of this CBOR data, as Pagefind writes it. */
export const writePagefindFile = (data: unknown[]) => pagefindFile(encode(data));

/** A page in a bundle's metadata: its fragment's name, its word count, the group of fragments it is in. */
export type MetaPage = [name: string, wordCount: number, group: string];
/** A chunk of the word index in a bundle's metadata: the words it holds from and to, its file's name. */
export type MetaChunk = [from: string, to: string, name: string];

interface BundleEntry {
  languages: Record<string, { hash: string }>;
}
const readEntry = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as BundleEntry;

/** Each language's metadata in a bundle (`<site>/pagefind` or a shard's), as its entry names them. */
export function bundleMetas(bundleDir: string): Array<{ language: string; meta: unknown[] }> {
  return Object.entries(readEntry(join(bundleDir, 'pagefind-entry.json')).languages).map(([language, { hash }]) => ({
    language,
    meta: readPagefindFile(join(bundleDir, `pagefind.${hash}.pf_meta`)),
  }));
}

/**
 * Writes a bundle's rewritten metadata under the name of its own bytes, and points the bundle's
 * entry at it. Pagefind names the file by what it wrote; kept under that name, a rewrite could
 * leave two builds' different metadata under one name, and a reader's cache (the service worker
 * keeps Pagefind's named files for good) would serve the old one with the new chunks.
 */
export function writeMeta(bundleDir: string, language: string, meta: unknown[]): void {
  const entryPath = join(bundleDir, 'pagefind-entry.json');
  const entry = readEntry(entryPath);
  const known = entry.languages[language];
  if (!known) throw new Error(`${entryPath} has no language ${language}`);
  const bytes = writePagefindFile(meta);
  const hash = `${language}_${createHash('sha256').update(bytes).digest('hex').slice(0, 13)}`;
  rmSync(join(bundleDir, `pagefind.${known.hash}.pf_meta`));
  writeFileSync(join(bundleDir, `pagefind.${hash}.pf_meta`), bytes);
  known.hash = hash;
  writeFileSync(entryPath, JSON.stringify(entry));
}
