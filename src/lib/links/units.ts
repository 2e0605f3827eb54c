import type { Corpus, CorpusEntry, DocumentEntry, NewsEntry } from '../corpus.ts';

import type { Sentence } from '../schema/tree.ts';
import type { UnitKind } from '../units/units.ts';

/**
 * The units that links, glossary mentions and citations are counted in: each unit of a document's
 * unit list that holds sentences of its own (measures and articles, a part's own text, the
 * preamble, the closing, attachments, a notice's text…), and each news item as a whole.
 */
export interface Unit {
  /** `2024-chanye-gongren#m14`, `2024-chanye-gongren#preamble`, or the news item's id. */
  key: string;
  item: string;
  /** `m14`, `p1`, `preamble`, `closing`, `att1`; null for a news item. */
  unit: string | null;
  kind: UnitKind | 'news';
  /** Path of the page that shows the unit (a measure's own page, or the item's page). */
  url: string;
  /** The unit's own address: its page, or the item's page at the unit's anchor. */
  href: string;
  sentences: Sentence[];
  entry: CorpusEntry;
}

export const unitKey = (item: string, unit?: string | null) => (unit ? `${item}#${unit}` : item);

/** Every unit of the corpus, in reading order. */
export function corpusUnits(corpus: Pick<Corpus, 'entries'>): Unit[] {
  return corpus.entries.flatMap((e) => (e.kind === 'document' ? documentUnits(e) : [newsUnit(e)]));
}

function documentUnits(doc: DocumentEntry): Unit[] {
  return doc.units.list
    .filter((u) => u.sentences.length > 0)
    .map((u) => ({ key: u.key, item: doc.id, unit: u.id, kind: u.kind, url: u.page, href: u.url, sentences: u.sentences, entry: doc }));
}

function newsUnit(news: NewsEntry): Unit {
  return { key: news.id, item: news.id, unit: null, kind: 'news', url: news.url, href: news.url, sentences: news.sentences, entry: news };
}

/** Finds the unit holding each sentence: `unitOfSentence('2024-chanye-gongren', 'm14-s3')`. */
export function sentenceIndex(units: readonly Unit[]): (item: string, sentence: string) => Unit | undefined {
  const index = new Map<string, Unit>();
  for (const u of units) for (const s of u.sentences) index.set(`${u.item}#${s.id}`, u);
  return (item, sentence) => index.get(`${item}#${sentence}`);
}

/** Path of a sentence: on its measure's page when it is in a measure, else on the item's page. */
export const sentencePath = (unit: Unit, sentenceId: string) => `${unit.url}#${sentenceId}`;

/** What a `<item>` or `<item>#<id>` reference in a content file points at. */
export type Target =
  | { kind: 'item'; entry: CorpusEntry }
  | { kind: 'unit'; entry: CorpusEntry; unit: Unit }
  | { kind: 'sentence'; entry: CorpusEntry; unit: Unit; sentence: Sentence }
  | { kind: 'subheading'; entry: NewsEntry; id: string };

/**
 * Resolves a reference: an item id, or an item id with a measure, part, `preamble`, sentence or
 * subheading id after `#`. Null when nothing in the corpus has that id.
 */
export function makeResolver(corpus: Pick<Corpus, 'entries'>, units = corpusUnits(corpus)): (ref: string) => Target | null {
  const entries = new Map(corpus.entries.map((e) => [e.id, e]));
  const byKey = new Map(units.map((u) => [u.key, u]));
  const unitOf = sentenceIndex(units);
  return (ref) => {
    const [item, id, extra] = ref.split('#');
    const entry = entries.get(item ?? '');
    if (!entry || extra !== undefined) return null;
    if (id === undefined) return { kind: 'item', entry };
    const unit = byKey.get(unitKey(item!, id));
    if (unit && unit.kind !== 'news') return { kind: 'unit', entry, unit };
    const holder = unitOf(item!, id);
    if (holder) return { kind: 'sentence', entry, unit: holder, sentence: holder.sentences.find((s) => s.id === id)! };
    if (entry.kind === 'news' && entry.outline.blocks.some((b) => b.type === 'subheading' && b.id === id)) {
      return { kind: 'subheading', entry, id };
    }
    return null;
  };
}

/** The units a target touches: a whole item stands for its units. */
export function unitsOfTarget(target: Target, units: readonly Unit[]): Unit[] {
  if (target.kind === 'item') return units.filter((u) => u.item === target.entry.id);
  if (target.kind === 'subheading') return units.filter((u) => u.item === target.entry.id);
  return [target.unit];
}
