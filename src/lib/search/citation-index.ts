// Build side: the citation index the search reads when a query cites a place (citation-lookup.ts).
// Every place a citation can name, each unit of each document's list (src/lib/units/units.ts) and
// each paragraph (款), item (项) and 目 of an article, with its URL, its clause as the cite panel
// writes it (src/lib/cite/locators.ts: 第八条第二款, 第四部分第（二）条, 专栏3) and the start of its
// text, under every key that names it (citation-keys.ts). Written in shards, each small whatever
// the size of the corpus or of a document: names (title, short title, 文号 → documents), each
// document's places (key → places), and places across the corpus (key → the first places, and
// how many).
import { clause, placeOfUnit, shortBookTitle } from '../cite/locators.ts';
import { toChineseNumeral } from '../numerals.ts';
import type { Corpus, DocumentEntry } from '../corpus.ts';
import { citationDocUrl, citationNamesUrl, citationPlacesUrl } from '../routes.ts';
import type { ArticleNode } from '../tree/nodes.ts';
import { HEADED_KINDS } from '../units/titles.ts';
import { type DocUnit, sentencesWithin } from '../units/units.ts';
import { isUnnumbered, nameKey, placeKeys, shardOf, type Step, type StepKind } from './citation-keys.ts';
import type { CitationCounts, CitationDoc, CitationPlace, DocShard, NamesShard, PlacesShard } from './citation-lookup.ts';

/** How much of a place's text a hit shows. */
const TEXT_START = 40;
/** Documents listed under one name (《意见》 may be many); the lookup says how many there are. */
const NAME_CAP = 10;
/** Places listed under one key across the corpus (（二） is in most documents); the lookup says how many. */
const PLACE_CAP = 20;
/** The size a shard is cut to, in bytes of JSON (a few KB gzipped). */
const SHARD_BYTES = 16_384;

export interface CitationIndex {
  /** Every file, by its URL. */
  files: Map<string, unknown>;
  counts: CitationCounts;
}

const start = (text: string) => (text.length > TEXT_START ? `${text.slice(0, TEXT_START)}…` : text);
const joined = (sentences: ReadonlyArray<{ text: string }>) => start(sentences.map((s) => s.text).join(''));

/** Kinds cited without a number, and only in a document named: 前言, 结语, 通知正文. */
const UNNUMBERED: ReadonlySet<StepKind> = new Set(['preamble', 'closing', 'notice']);

/** A unit as a step of a citation; null for what is never cited (a signature, an issued document's wrapper, an unnumbered sub-unit). */
function stepOf(u: DocUnit): Step | null {
  if (u.kind === 'signature' || u.kind === 'issued') return null;
  if (u.n === null) return UNNUMBERED.has(u.kind) ? { kind: u.kind } : null;
  return { kind: u.kind, n: u.n, ...(u.sub ? { sub: u.sub } : {}) };
}

/** Every sentence inside a node of an article (a paragraph, an item, a 目), in reading order. */
function sentencesIn(node: { type: string; children?: unknown[] }): Array<{ text: string }> {
  if (node.type === 'sentence') return [node as unknown as { text: string }];
  return (node.children ?? []).flatMap((c) => sentencesIn(c as { type: string; children?: unknown[] }));
}

/** One document's places by key, and those a citation with no document finds (not 前言 or 结语 alone). */
function documentPlaces(doc: DocumentEntry): { keys: Map<string, CitationPlace[]>; keyed: Array<[string, CitationPlace]> } {
  const keys = new Map<string, CitationPlace[]>();
  const keyed: Array<[string, CitationPlace]> = [];
  const add = (place: CitationPlace, chain: Step[]) => {
    for (const key of placeKeys(chain)) {
      (keys.get(key) ?? keys.set(key, []).get(key)!).push(place);
      if (!isUnnumbered(chain)) keyed.push([key, place]);
    }
  };
  const chainOf = (u: DocUnit): Step[] => {
    const steps: Step[] = [];
    for (let at: DocUnit | undefined = u; at; at = at.parent ? doc.units.byId.get(at.parent) : undefined) {
      const step = stepOf(at);
      if (step) steps.unshift(step);
    }
    return steps;
  };
  for (const u of doc.units.list) {
    const own = stepOf(u);
    // An article's 目 is listed with its article's items below, where its paragraph and item are known.
    if (!own || (u.kind === 'subitem' && doc.units.byId.get(u.parent ?? '')?.kind === 'article')) continue;
    const chain = chainOf(u);
    const text =
      HEADED_KINDS.has(u.kind) && u.heading
        ? u.heading
        : joined(sentencesWithin(doc.units, u)) || start(u.lines.map((l) => l.text).join(' '));
    add([u.id, u.url, clause(placeOfUnit(doc, u.id)), text], chain);
    if (u.node.type === 'article') articlePlaces(doc, u, u.node, chain, add);
  }
  return { keys, keyed };
}

/**
 * An article's paragraphs (第八条第二款), items (第八条第二款第（三）项, or 第八条第（三）项 in a
 * single-paragraph article, as the cite panel has it) and 目 (…第1目), each at its anchor on the
 * article's page.
 */
function articlePlaces(
  doc: DocumentEntry,
  article: DocUnit,
  node: ArticleNode,
  chain: Step[],
  add: (place: CitationPlace, chain: Step[]) => void,
) {
  const at = (id: string) => `${article.page}#${id}`;
  const cite = (within: Parameters<typeof placeOfUnit>[2]) => clause(placeOfUnit(doc, article.id, within));
  for (const para of node.children) {
    const paraChain: Step[] = [...chain, { kind: 'paragraph', n: para.n }];
    add([para.id, at(para.id), cite({ clause: toChineseNumeral(para.n) }), joined(sentencesIn(para))], paraChain);
    const inPara = node.children.length > 1 ? { clause: toChineseNumeral(para.n) } : {};
    for (const item of para.children) {
      if (item.type !== 'item') continue;
      const itemChain: Step[] = [...paraChain, { kind: 'item', n: item.n }];
      add([item.id, at(item.id), cite({ ...inPara, item: item.label }), joined(sentencesIn(item))], itemChain);
      for (const sub of item.children) {
        if (sub.type !== 'subitem') continue;
        const place: CitationPlace = [sub.id, at(sub.id), cite({ ...inPara, item: item.label, sub: sub.n }), joined(sentencesIn(sub))];
        add(place, [...itemChain, { kind: 'subitem', n: sub.n }]);
      }
    }
  }
}

/** The keys a document is found by: its title (from 关于 on too, as citations drop the issuers), printed title, short title, 文号 (and its 〔2022〕58号 alone). */
function nameKeys(doc: DocumentEntry): string[] {
  const { title, shortTitle, docNumber } = doc.meta;
  const names = [title, doc.outline.printedTitle.text, shortTitle, docNumber];
  const about = title.indexOf('关于');
  if (about > 0) names.push(title.slice(about));
  const bracket = docNumber?.search(/[〔[（(]/u) ?? -1;
  if (docNumber && bracket > 0) names.push(docNumber.slice(bracket));
  return [...new Set(names.filter((n): n is string => !!n).map(nameKey))].filter(Boolean);
}

/** Entries cut into as many shards as their size asks for, each key in the shard shardOf gives it; returns how many. */
function shard<T>(entries: Map<string, T>, url: (shard: number) => string, files: Map<string, unknown>): number {
  const bytes = new TextEncoder().encode(JSON.stringify([...entries])).length;
  const count = Math.max(1, Math.ceil(bytes / SHARD_BYTES));
  const cut = Array.from({ length: count }, () => ({}) as Record<string, T>);
  for (const [key, value] of entries) cut[shardOf(key, count)]![key] = value;
  cut.forEach((shard, i) => files.set(url(i), shard));
  return count;
}

/** The index of a set of documents, in the order given (corpus order: the order places are listed in). */
export function citationIndex(documents: readonly DocumentEntry[]): CitationIndex {
  const files = new Map<string, unknown>();
  const names = new Map<string, NamesShard[string]>();
  const across = new Map<string, PlacesShard[string]>();
  for (const doc of documents) {
    const { keys, keyed } = documentPlaces(doc);
    const short = shortBookTitle(doc);
    const { title } = doc.meta;
    const shards = shard<DocShard[string]>(keys, (i) => citationDocUrl(doc.id, i), files);
    const named: CitationDoc = [doc.id, title, short, doc.url, joined(doc.sentences.slice(0, 2)), shards];
    for (const key of nameKeys(doc)) {
      const entry = names.get(key) ?? names.set(key, [0, []]).get(key)!;
      if (entry[0]++ < NAME_CAP) entry[1].push(named);
    }
    for (const [key, place] of keyed) {
      const entry = across.get(key) ?? across.set(key, [0, []]).get(key)!;
      if (entry[0]++ < PLACE_CAP) entry[1].push([doc.id, short, title, ...place]);
    }
  }
  return {
    files,
    counts: { names: shard(names, citationNamesUrl, files), places: shard(across, citationPlacesUrl, files) },
  };
}

const built = new WeakMap<Corpus, CitationIndex>();

/** The index of a corpus, built once however many pages and files read it. */
export function corpusCitationIndex(corpus: Corpus): CitationIndex {
  let index = built.get(corpus);
  if (!index) built.set(corpus, (index = citationIndex(corpus.documents)));
  return index;
}
