import { buildCorpus } from './corpus.ts';
import { ContentError, ContentErrors } from './errors.ts';

/**
 * Runs every content check before the site is built and returns the problems as printable
 * lines (file:line: what is wrong). Anything else thrown is a bug, and is rethrown.
 */
export function validateContent(contentDir?: string): string[] {
  try {
    buildCorpus(contentDir);
    return [];
  } catch (e) {
    if (e instanceof ContentErrors) return e.errors.map((x) => x.message);
    if (e instanceof ContentError) return [e.message];
    throw e;
  }
}
