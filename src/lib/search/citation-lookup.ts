// Resolves a query that reads as a citation (citation-parse.ts) to the places it names, through
// the citation index the build writes (citation-index.ts): the document by its title, short title
// or 文号 (one shard of names), then the place by its key (one shard of that document's places);
// a place cited with no document, in the documents the search is filtered to, or across the corpus
// (one shard of places, capped). Nothing is fetched for a query that is not a citation, and what a
// lookup fetches stays small whatever the size of the corpus or of a document. Browser-safe; the
// browser and the command line give it their fetch.
import { citationDocUrl, citationNamesUrl, citationPlacesUrl } from '../routes.ts';
import { isUnnumbered, nameKey, pathKey, shardOf, type Step } from './citation-keys.ts';
import { type CitationQuery, parseCitation } from './citation-parse.ts';
import { MAX_QUERY_CHARS } from './normalize.ts';

/** A place as a hit shows it: its id on the page (art8, art8-para2, art8-para2-item3, p2-m2-i1), URL, clause (第八条第二款) and the start of its text. */
export type CitationPlace = [id: string, url: string, clause: string, text: string];

/**
 * A document as a name lists it: its full title, the title a citation uses (《条例》, or the full
 * one in 《》 when it has no short one), its URL, the start of its text, and how many shards its
 * places are cut into.
 */
export type CitationDoc = [id: string, title: string, short: string, url: string, text: string, shards: number];
/** A shard of names: key of a title, short title or 文号 → how many documents it names, and the first of them. */
export type NamesShard = Record<string, [total: number, docs: CitationDoc[]]>;
/** /search/citations/doc/<doc>/<shard>.json: key → the places of the document it names. */
export type DocShard = Record<string, CitationPlace[]>;
/** A shard of places across the corpus: key → how many places it names, and the first of them with their documents. */
export type PlacesShard = Record<string, [total: number, hits: Array<[doc: string, short: string, title: string, ...CitationPlace]>]>;

/** How many shards of each the build wrote (in /search/query.json). */
export interface CitationCounts {
  names: number;
  places: number;
}

export interface CitationHit {
  item: string;
  id: string;
  url: string;
  /** The citation of the place: 《条例》第八条第二款. */
  cite: string;
  /** The document's full title. */
  title: string;
  /** The start of the place's text. */
  text: string;
}

export interface CitationAnswer {
  hits: CitationHit[];
  /** How many places the citation names: more than the hits when one with no document is found in many (the index lists the first). */
  total: number;
  /** What the reader should know besides the hits: 《条例》没有第九十条, 《通知》可指 2 份文件. */
  notice: string;
}

export interface CitationSource {
  fetchJson: (path: string) => Promise<unknown>;
  counts: () => Promise<CitationCounts>;
}

/** The documents a name (or the filter) gives, the first of them when there are many, and how many. */
type Found = { docs: CitationDoc[]; total: number } | undefined;

export function citationLookup({ fetchJson, counts }: CitationSource) {
  const files = new Map<string, Promise<unknown>>();
  const get = <T>(path: string) => {
    let file = files.get(path);
    if (!file) files.set(path, (file = fetchJson(path)));
    // A failed fetch is tried again next time.
    file.catch(() => files.delete(path));
    return file as Promise<T>;
  };

  /** The documents a title, short title or 文号 names (the first of them when many do). */
  async function named(text: string): Promise<Found> {
    const key = nameKey(text);
    if (!key) return undefined;
    const shard = await get<NamesShard>(citationNamesUrl(shardOf(key, (await counts()).names)));
    const entry = shard[key];
    return entry ? { docs: entry[1], total: entry[0] } : undefined;
  }

  /** The places of one document a citation names (several when it is ambiguous there: （二） where each part restarts). */
  async function placesIn(doc: CitationDoc, steps: readonly Step[]): Promise<CitationHit[]> {
    const [item, title, short, url, text, count] = doc;
    const hit = ([id, at, clause, start]: CitationPlace): CitationHit => ({
      item,
      id,
      url: at,
      cite: `${short}${clause}`,
      title,
      text: start,
    });
    if (!steps.length) return [hit(['', url, '', text])];
    for (const key of keysOf(steps)) {
      const shard = await get<DocShard>(citationDocUrl(item, shardOf(key, count)));
      const found = (shard[key] ?? []).filter(([, , clause]) => namedAsTyped(clause, steps));
      if (found.length) return found.map(hit);
    }
    return [];
  }

  /**
   * The places of a reading in documents: its named ones (all of them when a short title names
   * several: 《意见》 may be more than one) or those the search is filtered to.
   */
  async function inDocuments({ docs, total }: NonNullable<Found>, { steps, path }: CitationQuery, typed?: string): Promise<CitationAnswer> {
    const found = await Promise.all(docs.map((d) => placesIn(d, steps)));
    const hits = found.flat();
    // Among documents of one short title, those lacking the place are told apart by their full titles.
    const lacking = docs.filter((_, i) => !found[i]!.length).map(([, title, short]) => (total > 1 ? `《${title}》` : short));
    const notices: string[] = [];
    if (typed !== undefined && total > 1)
      notices.push(`“${typed}”可指 ${total} 份文件${total > docs.length ? `，列出前 ${docs.length} 份` : ''}`);
    if (lacking.length) notices.push(`${lacking.join('、')}没有${path}`);
    return { hits, total: hits.length, notice: notices.join('；') };
  }

  return {
    /** The places a query cites; undefined when it is not a citation (or cites a 前言 with no document). */
    async lookUp(raw: string, { within = [] }: { within?: readonly string[] } = {}): Promise<CitationAnswer | undefined> {
      // No citation is longer than a query is searched (the longest title with a place is under 100 characters).
      if (raw.length > MAX_QUERY_CHARS) return undefined;
      const readings = parseCitation(raw);
      let missing: CitationQuery['doc'];
      for (const reading of readings) {
        if (!reading.doc) {
          if (within.length) return inDocuments(await documentsWithin(within), reading);
          return isUnnumbered(reading.steps) ? undefined : acrossCorpus(reading);
        }
        const found = await named(reading.doc.text);
        if (found) return inDocuments(found, reading, reading.doc.text);
        // A bare title that names nothing was not meant as one (工资第三条); a bracketed one or a 文号 was.
        if (!missing && (reading.doc.bracketed || reading.doc.by === 'number')) missing = reading.doc;
      }
      if (!missing) return undefined;
      const notice = missing.by === 'number' ? `没有找到文号为${missing.text}的文件` : `没有找到《${missing.text}》`;
      return { hits: [], total: 0, notice };
    },
  };

  async function documentsWithin(names: readonly string[]): Promise<NonNullable<Found>> {
    const found = await Promise.all(names.map(named));
    const docs = [...new Map(found.flatMap((f) => f?.docs ?? []).map((d) => [d[0], d])).values()];
    return { docs, total: docs.length };
  }

  async function acrossCorpus({ steps, path }: CitationQuery): Promise<CitationAnswer> {
    for (const key of keysOf(steps)) {
      const shard = await get<PlacesShard>(citationPlacesUrl(shardOf(key, (await counts()).places)));
      const entry = shard[key];
      if (!entry) continue;
      const hits = entry[1]
        .filter(([, , , , , clause]) => namedAsTyped(clause, steps))
        .map(([item, short, title, id, url, clause, text]) => ({ item, id, url, cite: `${short}${clause}`, title, text }));
      if (!hits.length) continue;
      // A box's name filtered some out: the count of the rest is not known beyond those listed.
      return { hits, total: hits.length < entry[1].length ? hits.length : entry[0], notice: '' };
    }
    return { hits: [], total: 0, notice: `没有文件有${path}` };
  }
}

/**
 * The keys to try, in order: as typed, then, when it opens the citation, an article read as a
 * measure or the other way round (第十四条 of an opinion is its （十四）; 第（八）条 of a law its
 * 第八条). Not after a part: 第四部分第（二）条 is no article 2.
 */
function keysOf(steps: readonly Step[]): string[] {
  const [first, ...rest] = steps;
  const swap = first?.kind === 'measure' ? 'article' : first?.kind === 'article' && !first.sub ? 'measure' : undefined;
  return [...new Set([pathKey(steps), ...(swap ? [pathKey([{ ...first!, kind: swap }, ...rest])] : [])])];
}

/** A box is found by its number and the name typed, which its clause (its label) must hold: 专栏3 is not 【重点任务3】. */
function namedAsTyped(clause: string, steps: readonly Step[]): boolean {
  const name = steps.at(-1)?.name;
  return !name || clause.includes(name);
}
