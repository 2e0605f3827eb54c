// What the client tests share: the built site they open, its files, and the Python the clients run on.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inject } from 'vitest';

export const { dist: DIST, site: SITE } = inject('clients');

export const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
export const readBytes = (path: string) => readFileSync(join(DIST, path));

/** Every file under a folder of the built site, as site paths (data/x.akn.xml), in name order. */
export function files(dir: string, ending = ''): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith(ending) ? [relative(DIST, join(d, e.name))] : []));
  return walk(join(DIST, dir));
}

/**
 * Debian's python3, where python3-feedparser installs (`.ci/run` installs it): a python3 earlier on
 * PATH (pyenv's, a virtualenv) may lack it.
 */
export const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** The corpus export, read once. */
export type CorpusDoc = {
  id: string;
  /** Its page's absolute URL. */
  url: string;
  kind: string;
  title: string;
  issuers?: string[];
  units: Array<{ id: string; kind: string; label: string; sentences: Array<{ id: string; text: string; span: [number, number] }> }>;
};

/**
 * A document's sentences in the order they are printed. (The unit list holds each sentence in its
 * innermost unit, an article before its sub-items: the sentences of an article after its sub-items
 * come, in the list, before those of the sub-items.)
 */
export const printedSentences = (d: CorpusDoc) => d.units.flatMap((u) => u.sentences).sort((a, b) => a.span[0] - b.span[0]);
export const corpus: { site: string; documents: CorpusDoc[]; news: Array<{ id: string; url: string; blocks: any[] }> } = JSON.parse(
  read('data/corpus.json'),
);
