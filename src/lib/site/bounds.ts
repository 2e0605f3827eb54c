// Bounds on what a build writes: a page or export past its limit means the content made something
// no reader can use (a 157 MB page once came of a 50 MB item file), and it would hold Pagefind for
// minutes. Checked on the written site before it is indexed.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileUrl, siteFiles } from './built-pages.ts';

/**
 * The largest file the site may hold, in bytes: an HTML page (the largest today, the actor index,
 * is 211 KB; a document of the largest source accepted, 2 MB, renders to about 10 MB), and any
 * other file (the corpus export, 312 KB today, grows with the corpus: the bench builds 500 documents).
 */
export const OUTPUT_LIMITS = { page: 16 * 1024 * 1024, file: 256 * 1024 * 1024 } as const;

export interface Oversized {
  url: string;
  bytes: number;
  limit: number;
}

/** Every file of the built site past its limit, by URL. */
export function oversizedFiles(siteDir: string, limits: { page: number; file: number } = OUTPUT_LIMITS): Oversized[] {
  return siteFiles(siteDir).flatMap((file) => {
    const bytes = statSync(join(siteDir, file)).size;
    const limit = file.endsWith('.html') ? limits.page : limits.file;
    return bytes > limit ? [{ url: fileUrl(file), bytes, limit }] : [];
  });
}

/** The error lines of the oversized files: `url: N bytes; the limit for a page is M`. */
export function describeOversized(files: Oversized[]): string {
  return files
    .map(
      (f) =>
        `${f.url}: ${f.bytes} bytes; the limit for ${f.url.endsWith('/') || f.url.endsWith('.html') ? 'a page' : 'a file'} is ${f.limit}`,
    )
    .join('\n');
}
