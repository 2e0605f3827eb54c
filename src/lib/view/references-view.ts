// How references show: on a document page, what it refers to and what refers to it, by type; in a
// measure's margin, the citations made in it. Recognised ones are machine-made and say so.
import { MACHINE_LABEL } from '../actors/index.ts';
import type { Corpus } from '../corpus.ts';
import { sentenceOrdinal, unitLabel } from '../links/labels.ts';
import type { Unit } from '../links/units.ts';
import type { ReferenceOccurrence, References, Relation, RelationType } from '../references/relations.ts';

/** Each type of relation said from the citing end (out), the cited end (in), and of a pair. */
export const RELATION_LABELS: Record<RelationType, { out: string; in: string; pair: string }> = {
  cites: { out: '引用', in: '引用本文', pair: '一方引用另一方' },
  explains: { out: '说明', in: '说明本文', pair: '一方是另一方的说明' },
  implements: { out: '依据或贯彻', in: '以本文为依据或贯彻本文', pair: '一方依据或贯彻另一方' },
  repeals: { out: '废止', in: '废止本文', pair: '一方废止另一方' },
};

/** Where a relation comes from: a machine reading of the text, or the editors (the item's metadata: 说明 explains 建议). */
export const BASIS_LABELS: Record<Relation['basis'], string> = { machine: MACHINE_LABEL, metadata: '编者标注' };

export interface RelationView {
  type: RelationType;
  typeLabel: string;
  /** The document at the other end: a page of the site, or a title the corpus does not hold (url null). */
  other: { label: string; url: string | null };
  basisLabel: string;
  machine: boolean;
  occurrences: Array<{ label: string; url: string; text: string }>;
}

/** One document at the other end, once, with every relation between the two (a 说明 explains the 建议 and cites it). */
export interface LinkedDocumentView {
  other: RelationView['other'];
  relations: RelationView[];
}

export interface DocumentReferencesView {
  outgoing: LinkedDocumentView[];
  incoming: LinkedDocumentView[];
  /** 本条例, 本意见: how often the text names itself. */
  selfCount: number;
}

export function documentReferences(
  references: References,
  corpus: Pick<Corpus, 'byId'>,
  units: readonly Unit[],
  doc: string,
): DocumentReferencesView {
  const byKey = unitsByKey(units);
  const where = (o: ReferenceOccurrence) => {
    const unit = byKey.get(o.unitKey)!;
    return `${unitLabel(unit)}第${sentenceOrdinal(unit, o.sentence)}句`;
  };
  const titleOf = (id: string) => {
    const e = corpus.byId(id)!;
    return { label: e.kind === 'news' ? e.meta.title : `《${e.meta.title}》`, url: e.url };
  };
  const view = (r: Relation, side: 'out' | 'in'): RelationView => ({
    type: r.type,
    typeLabel: RELATION_LABELS[r.type][side],
    other: side === 'in' ? titleOf(r.from) : r.to.kind === 'corpus' ? titleOf(r.to.id) : { label: `《${r.to.title}》`, url: null },
    basisLabel: BASIS_LABELS[r.basis],
    machine: r.basis === 'machine',
    occurrences: r.occurrences.map((o) => ({ label: where(o), url: o.url, text: o.text })),
  });
  return {
    outgoing: byDocument(references.from(doc).map((r) => view(r, 'out'))),
    incoming: byDocument(references.to(doc).map((r) => view(r, 'in'))),
    selfCount: references.selfCount(doc),
  };
}

/** The units by key, indexed once per list: every document page asks, and the list holds every unit of the corpus. */
const keyed = new WeakMap<readonly Unit[], Map<string, Unit>>();
function unitsByKey(units: readonly Unit[]): Map<string, Unit> {
  let byKey = keyed.get(units);
  if (!byKey) keyed.set(units, (byKey = new Map(units.map((u) => [u.key, u]))));
  return byKey;
}

/** The relations grouped by the document at the other end, in the order each document first comes. */
function byDocument(relations: readonly RelationView[]): LinkedDocumentView[] {
  const groups = Map.groupBy(relations, (r) => r.other.url ?? `outside:${r.other.label}`);
  return [...groups.values()].map((list) => ({ other: list[0]!.other, relations: list }));
}

/** A citation made in a unit, as its margin lists it. */
export interface UnitReferenceView {
  /** The words cited: 《建议》, 中办发〔2022〕58号. */
  text: string;
  url: string;
  typeLabel: string;
  other: { label: string; url: string | null };
}

/** The citations of one unit, one line per cited document and type (the first place it is cited). */
export function unitReferences(references: References, corpus: Pick<Corpus, 'byId'>, unitKey: string): UnitReferenceView[] {
  const seen = new Set<Relation>();
  return references
    .inUnit(unitKey)
    .filter(({ relation }) => !seen.has(relation) && !!seen.add(relation))
    .map(({ relation, occurrence }) => {
      const to = relation.to;
      const entry = to.kind === 'corpus' ? corpus.byId(to.id)! : null;
      return {
        text: occurrence.text,
        url: occurrence.url,
        typeLabel: RELATION_LABELS[relation.type].out,
        other: entry ? { label: `《${entry.meta.title}》`, url: entry.url } : { label: '不在本站', url: null },
      };
    });
}
