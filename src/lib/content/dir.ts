import { join, resolve } from 'node:path';

/** The content directory of this build: CONTENT_DIR (fixtures, the bench's corpora) or ./content. */
export function contentDir(): string {
  return resolve(process.env.CONTENT_DIR ?? join(process.cwd(), 'content'));
}
