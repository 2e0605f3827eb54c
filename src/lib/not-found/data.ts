// What the 404 page's script reads of the collection (browser-safe), file by file as suggest.ts
// asks: the files the build wrote under NOT_FOUND_DATA (catalogue.ts). `get` fetches one file's
// JSON, undefined when the site has no such file; tests give one that reads the build's files
// from memory.
import { notFoundIdsUrl, notFoundItemUrl, notFoundNumberedUrl } from '../routes.ts';
import { type IdChunk, type IdDirectory, chunksFor } from './ids.ts';
import type { CatalogueItem, NotFoundData, NumberedDocuments } from './suggest.ts';

export type GetJson = (url: string) => Promise<unknown>;

/** What the 404 page carries (#not-found-catalogue): the name of this build's directory of ids, so that it reads the files of its own build. */
export type NotFoundPage = { ids: string };

/** The files of one build, from the name of its directory of ids. */
export function notFoundData(page: NotFoundPage, get: GetJson): NotFoundData {
  return {
    item: async (id) => (await get(notFoundItemUrl(id))) as CatalogueItem | undefined,
    async near(typed) {
      const directory = (await get(notFoundIdsUrl(page.ids))) as IdDirectory | undefined;
      const chunks = directory
        ? ((await Promise.all(chunksFor(directory, typed).map((f) => get(notFoundIdsUrl(f))))) as (IdChunk | undefined)[])
        : [];
      const ids = (kind: keyof IdChunk) => [...new Set(chunks.flatMap((c) => c?.[kind] ?? []))];
      return { documents: ids('documents'), news: ids('news') };
    },
    numbered: async (key) => (await get(notFoundNumberedUrl(key))) as NumberedDocuments | undefined,
  };
}

/** `get` over the network: a missing file is answered with the 404 page, not JSON. */
export async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  return response.ok ? response.json() : undefined;
}
