// References between documents: every citation recognised in the corpus's sentences, resolved to
// a document of the corpus when one has that title, short title or number, else kept as a title
// outside it; grouped into typed relations (cites, explains, implements, repeals) that both ends
// can list. `explains` also comes from an item file (explains: <id>): that one a person wrote.
import type { Corpus, CorpusEntry } from '../corpus.ts';
import { sentencePath, type Unit } from '../links/units.ts';
import { type Citation, citationsIn, normaliseTitle } from './recognise.ts';

export type RelationType = 'cites' | 'explains' | 'implements' | 'repeals';

/** One place a reference is made. */
export interface ReferenceOccurrence {
  unitKey: string;
  sentence: string;
  /** The citation as printed and where it sits in the sentence text. */
  text: string;
  start: number;
  end: number;
  url: string;
}

export interface Relation {
  from: string;
  /** A document of the corpus, or a title the corpus does not hold. */
  to: { kind: 'corpus'; id: string } | { kind: 'outside'; title: string };
  type: RelationType;
  /** machine: recognised in the text, not reviewed; metadata: stated in the item file. */
  basis: 'machine' | 'metadata';
  occurrences: ReferenceOccurrence[];
}

export interface References {
  relations: Relation[];
  /** Relations made by an item (outgoing), in the order first made. */
  from: (item: string) => Relation[];
  /** Relations of other items that point at this one (incoming). */
  to: (item: string) => Relation[];
  /** The references made in one unit (a measure's margin lists them). */
  inUnit: (unitKey: string) => Array<{ relation: Relation; occurrence: ReferenceOccurrence }>;
  /** How often an item names itself (本条例, 本意见, its own title). */
  selfCount: (item: string) => number;
}

export function buildReferences(corpus: Pick<Corpus, 'entries'>, units: readonly Unit[]): References {
  const resolveTitle = titleResolver(corpus.entries);
  const relations = new Map<string, Relation>();
  const self = new Map<string, number>();
  const add = (from: string, to: Relation['to'], type: RelationType, basis: Relation['basis'], occurrence?: ReferenceOccurrence) => {
    const key = [from, to.kind === 'corpus' ? to.id : `outside:${to.title}`, type, basis].join('\u0000');
    const relation = relations.get(key) ?? relations.set(key, { from, to, type, basis, occurrences: [] }).get(key)!;
    if (occurrence) relation.occurrences.push(occurrence);
  };

  for (const entry of corpus.entries)
    if (entry.meta.explains) add(entry.id, { kind: 'corpus', id: entry.meta.explains }, 'explains', 'metadata');

  const byItem = Map.groupBy(units, (u) => u.item);
  for (const entry of corpus.entries) {
    // Abbreviations the item defines: （以下简称《建议》） makes every later 《建议》 the full title's document.
    const aliases = new Map<string, Relation['to'] | 'self'>();
    for (const unit of byItem.get(entry.id) ?? []) {
      for (const s of unit.sentences) {
        for (const c of citationsIn(s.text)) {
          const occurrence = { unitKey: unit.key, sentence: s.id, text: c.text, start: c.start, end: c.end, url: sentencePath(unit, s.id) };
          const target = c.kind === 'self' ? 'self' : (aliases.get(c.value) ?? resolveTitle(c, entry));
          if (c.alias && target) aliases.set(c.alias, target);
          if (target === 'self') self.set(entry.id, (self.get(entry.id) ?? 0) + 1);
          else if (target) add(entry.id, target, c.type, 'machine', occurrence);
        }
      }
    }
  }

  const list = [...relations.values()];
  const from = Map.groupBy(list, (r) => r.from);
  const to = Map.groupBy(
    list.filter((r) => r.to.kind === 'corpus'),
    (r) => (r.to as { id: string }).id,
  );
  const inUnit = new Map<string, Array<{ relation: Relation; occurrence: ReferenceOccurrence }>>();
  for (const relation of list)
    for (const occurrence of relation.occurrences)
      (inUnit.get(occurrence.unitKey) ?? inUnit.set(occurrence.unitKey, []).get(occurrence.unitKey)!).push({ relation, occurrence });
  return {
    relations: list,
    from: (item) => from.get(item) ?? [],
    to: (item) => to.get(item) ?? [],
    inUnit: (key) => inUnit.get(key) ?? [],
    selfCount: (item) => self.get(item) ?? 0,
  };
}

/**
 * What a cited title or number names: a document of the corpus whose title, printed title or short
 * title it is (the corpus's titles carry the issuers, 中共中央办公厅 国务院办公厅关于…, the citations
 * mostly not: a title ending in a cited 关于… counts; a bare 《意见》 names nothing unless the text
 * defined it with 以下简称), 'self' for the citing item itself, else a
 * title outside the corpus (a number names nothing outside: it is listed with its title, if any).
 */
function titleResolver(entries: readonly CorpusEntry[]) {
  const names = entries.map((e) => ({
    id: e.id,
    titles: [e.meta.title, e.kind === 'document' ? e.outline.printedTitle.text : e.meta.title].map(normaliseTitle),
    short: e.meta.shortTitle ? normaliseTitle(e.meta.shortTitle.replace(/^《|》$/gu, '')) : null,
    number: e.meta.docNumber ? normaliseTitle(e.meta.docNumber) : null,
  }));
  // Every citation of every item is looked up: by maps of what can match, each to the first
  // document it names, never by a walk over the whole corpus per citation. A cited 关于… matches
  // a title that ends with it, that is, the title's tail from one of its 关于; a cited number
  // matches a number it ends, or that ends it.
  const note = (map: Map<string, number>, key: string, at: number) => map.has(key) || map.set(key, at);
  const exactTitle = new Map<string, number>();
  const titleTail = new Map<string, number>();
  const numberTail = new Map<string, number>();
  const exactNumber = new Map<string, number>();
  names.forEach((n, at) => {
    for (const t of n.titles) {
      note(exactTitle, t, at);
      for (let from = t.indexOf('关于'); from >= 0; from = t.indexOf('关于', from + 1)) note(titleTail, t.slice(from), at);
    }
    if (n.number === null) return;
    note(exactNumber, n.number, at);
    for (let from = 0; from <= n.number.length; from++) note(numberTail, n.number.slice(from), at);
  });
  const byId = new Map(names.map((n) => [n.id, n]));
  const earliest = (...found: Array<number | undefined>) => {
    const at = Math.min(...found.map((x) => x ?? Infinity));
    return at === Infinity ? undefined : names[at];
  };
  return (c: Citation, citing: CorpusEntry): Relation['to'] | 'self' | null => {
    const value = normaliseTitle(c.value);
    const hit =
      c.kind === 'number'
        ? earliest(numberTail.get(value), ...[...Array(value.length + 1).keys()].map((from) => exactNumber.get(value.slice(from))))
        : (earliest(value.startsWith('关于') ? titleTail.get(value) : exactTitle.get(value)) ??
          (byId.get(citing.id)?.short === value ? byId.get(citing.id) : undefined));
    if (hit) return hit.id === citing.id ? 'self' : { kind: 'corpus', id: hit.id };
    return c.kind === 'title' ? { kind: 'outside', title: c.value } : null;
  };
}
