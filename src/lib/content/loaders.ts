// Loaders of Astro's content layer over our readers (src/lib/content/items.ts, annotations.ts):
// each reads its files with the same code the tests and the bench call, stores plain data, and
// under `astro dev` reads them again when one of them changes. A content problem stops the build
// with an AstroError listing every `file:line: message`.
import { join } from 'node:path';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentErrors, ContentError, withoutBrowserHint } from '../errors.ts';
import { ACTOR_TAGS_DIR, ANNOTATION_FILES, INSTRUMENT_CODES_DIR, readActorTags, readAnnotationFile, readInstrumentCodes } from './annotations.ts';
import { buildStats } from '../site/stats.ts';
import { readItems } from './items.ts';

/** The items of the corpus, parsed by the unified pipeline: one entry per item, by its id. */
export function itemsLoader(dir: string): Loader {
  return {
    name: 'policy-reader-items',
    load: async (context) =>
      watching(context, [join(dir, 'items'), join(dir, 'sources')], () => {
        const started = performance.now();
        const items = readItems(dir);
        const stats = buildStats();
        stats.parses++;
        stats.contentMs += performance.now() - started;
        context.store.clear();
        for (const item of items) context.store.set({ id: item.meta.id, data: { ...item }, filePath: item.metaFile });
        context.logger.info(`parsed ${items.length} items from ${new Set(items.map((i) => i.sourceFile)).size} sources`);
        // Lines the parser could not place are kept as their own paragraphs and warned of, never fatal.
        for (const item of items)
          for (const a of item.root.data.anomalies ?? []) context.logger.warn(`${item.sourceFile}:${a.line}: ${a.reason}`);
      }),
  };
}

/** One optional annotation file (actors.yaml, glossary.yaml…): a single entry named for its kind, or none. */
export function annotationFileLoader(dir: string, kind: keyof typeof ANNOTATION_FILES): Loader {
  const path = join(dir, ANNOTATION_FILES[kind].name);
  return {
    name: `policy-reader-${kind}`,
    load: async (context) =>
      watching(context, [path], () => {
        const file = readAnnotationFile(dir, kind);
        context.store.clear();
        if (file) context.store.set({ id: kind, data: { ...file }, filePath: file.file });
      }),
  };
}

/** The actor tag files: one entry per tagged item, by the item's id. */
export function actorTagsLoader(dir: string): Loader {
  return {
    name: 'policy-reader-actor-tags',
    load: async (context) =>
      watching(context, [join(dir, ACTOR_TAGS_DIR), join(dir, ANNOTATION_FILES.actors.name)], () => {
        const files = readActorTags(dir);
        context.store.clear();
        for (const file of files) context.store.set({ id: file.item, data: { ...file }, filePath: file.file });
      }),
  };
}

/** The hand reviews of instrument codes: one entry per reviewed document, by its id. */
export function instrumentCodesLoader(dir: string): Loader {
  return {
    name: 'policy-reader-instrument-codes',
    load: async (context) =>
      watching(context, [join(dir, INSTRUMENT_CODES_DIR)], () => {
        const files = readInstrumentCodes(dir);
        context.store.clear();
        for (const file of files) context.store.set({ id: file.item, data: { ...file }, filePath: file.file });
      }),
  };
}

/** The AstroError a content problem becomes: every `file:line: message`, one a line. */
export function contentFailure(e: ContentErrors | ContentError): AstroError {
  const lines = e instanceof ContentErrors ? e.errors.map((x) => x.message) : [e.message];
  const failure = new AstroError(`The content has ${lines.length === 1 ? 'a problem' : `${lines.length} problems`}:\n${lines.join('\n')}`, 'Fix each file at the line named; nothing was built.');
  // A problem of the content, not of our code: Astro prints `[name] message` and the hint, and
  // no stack trace when there is none, which would only point into the loader.
  failure.name = 'content';
  failure.stack = '';
  return withoutBrowserHint(failure);
}


/**
 * Runs `sync` now (a content problem fails the load) and, under `astro dev`, again whenever a
 * file under `paths` changes (a problem is then logged, and the last good data kept).
 */
async function watching(context: LoaderContext, paths: string[], sync: () => void): Promise<void> {
  try {
    sync();
  } catch (e) {
    if (e instanceof ContentErrors || e instanceof ContentError) throw contentFailure(e);
    throw e;
  }
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(paths);
  // Editors save in steps (truncate, write, rename): read once the file has been quiet a moment,
  // not halfway through a save.
  let timer: NodeJS.Timeout | undefined;
  watcher.on('all', (_event, changed) => {
    if (!paths.some((p) => changed === p || changed.startsWith(`${p}/`))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        sync();
      } catch (e) {
        if (!(e instanceof ContentErrors || e instanceof ContentError)) throw e;
        logger.error(contentFailure(e).message);
      }
    }, SETTLE_MS);
  });
}

/** How long a changed content file must stay unchanged before it is read again. */
const SETTLE_MS = 150;
