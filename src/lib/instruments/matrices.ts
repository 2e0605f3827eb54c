// The instrument matrices: instrument × part of one document (a cell links every coded sentence),
// each instrument's reach over the corpus (the documents that use it most), and actor × instrument
// (for one document a cell links the measures in which the actor is responsible and the
// instrument coded, at the instrument's first sentence there; over several it counts them).
import { type Actors, registeredTags } from '../actors/index.ts';
import { shortPartHeading } from '../actors/listing.ts';
import { ACTOR_KIND_LABELS, ActorKind } from '../actors/schema.ts';
import type { DocumentEntry } from '../corpus.ts';
import { INSTRUMENTS, actorUrl, documentInstrumentsUrl, documentUrl } from '../routes.ts';
import type { CodedInstrument } from './codebook.ts';
import type { CodedUnit, Instruments, PlacedCode } from './model.ts';

export interface CellLink {
  label: string;
  href: string;
  /** The unit and the words, for a tooltip and the accessible name. */
  title: string;
}

export interface Cell {
  count: number;
  links: CellLink[];
}

export interface Column {
  id: string;
  label: string;
  title: string;
  href: string;
}

export interface Row {
  /**
   * The fragment of an instrument's row on its page (i-funding): a permalink, stable while the
   * codebook is. Actor rows have none: which actors a matrix holds changes with the coding.
   */
  id?: string | undefined;
  label: string;
  href: string;
  cells: Cell[];
  total: number;
}

export interface Matrix {
  columns: Column[];
  /** Runs of columns under one heading (the instrument types); empty when columns stand alone. */
  columnGroups: Array<{ label: string; span: number }>;
  groups: Array<{ label: string; rows: Row[] }>;
}

/** An instrument's entry in the codebook on the corpus page. */
export const codebookHref = (id: string) => `${INSTRUMENTS}#codebook-${id}`;

/** The sentence number of a sentence id (m14-s3 → 3). */
const sentenceNumber = (id: string) => /s(\d+)$/.exec(id)![1]!;

const quotes = (code: PlacedCode) => code.evidence.map((e) => `“${e.quote}”`).join('');

function sentenceLink(unit: CodedUnit, code: PlacedCode): CellLink {
  // 14.3 is measure 14's third sentence; 正文3 the part's own text's third.
  const n = sentenceNumber(code.sentence);
  return {
    label: unit.kind === 'measure' ? `${unit.short}.${n}` : `${unit.short}${n}`,
    href: code.href,
    title: `${unit.label} 第${n}句：${quotes(code)}`,
  };
}

/** Rows of instruments, one group per type, in codebook order. */
function instrumentRows(ins: Instruments, href: (i: CodedInstrument) => string, cells: (i: CodedInstrument) => Cell[]): Matrix['groups'] {
  return ins.codebook.types.map((type) => ({
    label: type.name,
    rows: ins.list
      .filter((i) => i.type.id === type.id)
      .map((i) => {
        const row = cells(i);
        return { id: `i-${i.id}`, label: i.name, href: href(i), cells: row, total: row.reduce((n, c) => n + c.count, 0) };
      }),
  }));
}

/** Instrument × part of one document (a closing is a column of its own); each cell links its coded sentences. */
export function instrumentPartMatrix(ins: Instruments, doc: DocumentEntry): Matrix {
  const units = ins.unitsOf(doc.id);
  // A column per part in reading order; a unit outside every part (the preamble, the closing,
  // attachments, a notice's text) is a column of its own where it stands.
  const columns: Column[] = [];
  for (const u of units) {
    const p = u.part;
    if (columns.some((c) => c.id === (p?.id ?? u.id))) continue;
    columns.push(
      p
        ? {
            id: p.id,
            // As printed, the heading cut to its first clause: 一、总体要求; 第二章\u3000经费管理 (no ASCII space between Chinese words).
            label:
              p.kind === 'chapter'
                ? `${p.label ?? p.numeral}\u3000${shortPartHeading(p.heading)}`
                : `${p.numeral}、${shortPartHeading(p.heading)}`,
            title: p.heading,
            href: `${documentUrl(doc.id)}#${p.id}`,
          }
        : { id: u.id, label: u.short, title: u.label, href: `${documentUrl(doc.id)}#${u.id}` },
    );
  }
  const columnOf = (u: CodedUnit) => u.part?.id ?? u.id;
  return {
    columns,
    columnGroups: [],
    groups: instrumentRows(
      ins,
      (i) => `${documentInstrumentsUrl(doc.id)}#i-${i.id}`,
      (i) =>
        columns.map((col) => {
          const links = units
            .filter((u) => columnOf(u) === col.id)
            .flatMap((u) => u.codes.filter((c) => c.instrument === i.id).map((c) => sentenceLink(u, c)));
          return { count: links.length, links };
        }),
    ),
  };
}

/** An instrument's line on the corpus page: how much it is coded, in how many documents, and where most. */
export interface InstrumentSummary {
  /** The row's fragment, as on the document pages: i-funding. */
  id: string;
  instrument: CodedInstrument;
  /** Coded sentences in all the documents. */
  sentences: number;
  /** Documents with at least one sentence coded so. */
  documents: number;
  /** The documents with the most such sentences (most first, then in the order given), each linking its row on the document's page. */
  top: CellLink[];
}

/**
 * Instrument × document of the corpus in a size that does not grow with the corpus: per
 * instrument, its sentences, how many documents use it and the `top` documents that use it most
 * (each count a link to the instrument's row on that document's page). The counts of every
 * document are on the corpus page's list of documents and on each document's page.
 */
export function instrumentSummary(ins: Instruments, docs: readonly DocumentEntry[], top = 3): InstrumentSummary[] {
  const perDoc = docs.map((d) => {
    const counts = new Map<string, number>();
    for (const u of ins.unitsOf(d.id)) for (const c of u.codes) counts.set(c.instrument, (counts.get(c.instrument) ?? 0) + 1);
    return { doc: d, counts };
  });
  return ins.list.map((i) => {
    const using = perDoc.filter((p) => p.counts.has(i.id));
    const most = [...using].sort((a, b) => b.counts.get(i.id)! - a.counts.get(i.id)!).slice(0, top);
    return {
      id: `i-${i.id}`,
      instrument: i,
      sentences: using.reduce((n, p) => n + p.counts.get(i.id)!, 0),
      documents: using.length,
      top: most.map(({ doc, counts }) => ({
        label: `${doc.meta.shortTitle ?? doc.meta.title}（${counts.get(i.id)}句）`,
        href: `${documentInstrumentsUrl(doc.id)}#i-${i.id}`,
        title: `${doc.meta.title}：${i.name} ${counts.get(i.id)}句`,
      })),
    };
  });
}

/**
 * Actor × instrument over the given documents: rows are the actors responsible (lead or
 * participant) for some coded measure, by kind. For one document a cell links each measure where
 * the actor is responsible and the instrument coded; over several it only counts them (the links
 * are on each document's page), so the table grows with the registry, not with the corpus.
 */
export function actorInstrumentMatrix(ins: Instruments, actors: Actors, docs: readonly DocumentEntry[]): Matrix {
  const columns = ins.list.map((i) => ({ id: i.id, label: i.name, title: `${i.type.name}·${i.name}`, href: codebookHref(i.id) }));
  const cells = new Map<string, Map<string, CellLink[]>>();
  docs.forEach((doc) => {
    for (const unit of ins.unitsOf(doc.id)) {
      const tagged = actors.unit(doc.id, unit.id);
      // The actors of the registry: a row needs an actor (a body only a note names has none).
      const responsible = new Set((tagged ? registeredTags(tagged) : []).filter((t) => t.role !== 'beneficiary').map((t) => t.actor));
      for (const actor of responsible) {
        const row = cells.get(actor) ?? cells.set(actor, new Map()).get(actor)!;
        for (const i of new Set(unit.codes.map((c) => c.instrument))) {
          const first = unit.codes.find((c) => c.instrument === i)!;
          const list = row.get(i) ?? row.set(i, []).get(i)!;
          list.push({
            label: unit.short,
            href: first.href,
            title: `${doc.meta.shortTitle ?? doc.meta.title}${unit.label}：${quotes(first)}`,
          });
        }
      }
    }
  });
  const groups = ActorKind.options
    .map((kind) => ({
      label: ACTOR_KIND_LABELS[kind],
      rows: actors.registry
        .filter((a) => a.kind === kind && cells.has(a.id))
        .map((a): Row => {
          const row = columns.map((c) => {
            const links = cells.get(a.id)!.get(c.id) ?? [];
            return { count: links.length, links: docs.length > 1 ? [] : links };
          });
          return { label: a.name, href: actorUrl(a.id), cells: row, total: row.reduce((n, c) => n + c.count, 0) };
        }),
    }))
    .filter((g) => g.rows.length > 0);
  const columnGroups = ins.codebook.types.map((t) => ({ label: t.name, span: t.instruments.length }));
  return { columns, columnGroups, groups };
}
