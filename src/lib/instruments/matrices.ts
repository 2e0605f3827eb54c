// The instrument matrices: instrument × part of one document (a cell links every coded sentence),
// instrument × document of the corpus, and actor × instrument (a cell links the measures in which
// the actor is responsible and the instrument coded, at the instrument's first sentence there).
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

/** Instrument × document of the corpus: coded sentences, each count linking the document's row of the instrument. */
export function instrumentDocumentMatrix(ins: Instruments, docs: readonly DocumentEntry[]): Matrix {
  const columns = docs.map((d) => ({
    id: d.id,
    label: d.meta.shortTitle ?? d.meta.title,
    title: d.meta.title,
    href: documentInstrumentsUrl(d.id),
  }));
  return {
    columns,
    columnGroups: [],
    groups: instrumentRows(
      ins,
      (i) => codebookHref(i.id),
      (i) =>
        docs.map((d) => {
          const count = ins.unitsOf(d.id).reduce((n, u) => n + u.codes.filter((c) => c.instrument === i.id).length, 0);
          return {
            count,
            links: count
              ? [
                  {
                    label: String(count),
                    href: `${documentInstrumentsUrl(d.id)}#i-${i.id}`,
                    title: `${d.meta.title}：${i.name} ${count}句`,
                  },
                ]
              : [],
          };
        }),
    ),
  };
}

/**
 * Actor × instrument over the given documents: rows are the actors responsible (lead or
 * participant) for some coded measure, by kind; a cell links each measure where the actor is
 * responsible and the instrument coded. With several documents a link is prefixed by the
 * document's place in `docs` (1·14), which the page's legend explains.
 */
export function actorInstrumentMatrix(ins: Instruments, actors: Actors, docs: readonly DocumentEntry[]): Matrix {
  const columns = ins.list.map((i) => ({ id: i.id, label: i.name, title: `${i.type.name}·${i.name}`, href: codebookHref(i.id) }));
  const cells = new Map<string, Map<string, CellLink[]>>();
  docs.forEach((doc, k) => {
    const prefix = docs.length > 1 ? `${k + 1}·` : '';
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
            label: `${prefix}${unit.short}`,
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
            return { count: links.length, links };
          });
          return { label: a.name, href: actorUrl(a.id), cells: row, total: row.reduce((n, c) => n + c.count, 0) };
        }),
    }))
    .filter((g) => g.rows.length > 0);
  const columnGroups = ins.codebook.types.map((t) => ({ label: t.name, span: t.instruments.length }));
  return { columns, columnGroups, groups };
}
