// /data/codings.csv and /data/codebook.csv: the codes of the REFI-QDA project as two tables for
// R, Stata and spreadsheets, a long table (one row per coding) and its codebook. Written like
// /data/measures.csv: UTF-8 with a byte-order mark (Excel opens a CSV without one in the
// system's ANSI code page, GBK on a Chinese Windows, and garbles the text; readr, data.table and
// Stata 16+ skip the mark, and base R reads it with fileEncoding = "UTF-8-BOM"), CRLF, RFC 4180,
// a cell a spreadsheet would run as a formula neutralised: the one writer, csvFile (./csv.ts).
import type { Corpus } from '../corpus.ts';
import { absoluteUrl, measureUrl } from '../routes.ts';
import type { CodeSystem } from './codes.ts';
import { csvFile } from './csv.ts';
import type { ItemText } from './item-text.ts';
import { placeSpans } from './refi-qda.ts';

export const CODINGS_COLUMNS = [
  'document',
  'unit',
  'sentence',
  'code_type',
  'code',
  'code_name',
  'role',
  'basis',
  'quote',
  'start',
  'end',
  'note',
  'url',
] as const;

export const CODEBOOK_COLUMNS = ['code_type', 'code', 'name', 'parent', 'description', 'codings'] as const;

export interface AnalysisCsvInput {
  corpus: Pick<Corpus, 'entries' | 'byId'>;
  systems: readonly CodeSystem[];
  texts: ReadonlyMap<string, ItemText>;
  site: string;
}

/**
 * One row per coding, in corpus order and then in text order. `start` and `end` are the quote's
 * place in its sentence (or heading) in code points, end exclusive: what R's substr(x, start + 1, end)
 * and Stata's usubstr(x, start + 1, end - start) take. A coding of a whole unit (an actor the text
 * implies) has no sentence, quote or place; `note` then gives the rationale.
 */
export function codingsCsv({ corpus, systems, texts, site }: AnalysisCsvInput): string {
  const placed = placeSpans(systems, texts);
  const rows = corpus.entries.flatMap((entry) =>
    placed.get(entry.id)!.map((p) => {
      const s = p.span;
      const words = s.segment !== null;
      const inMeasure = entry.kind === 'document' && s.unit !== null && entry.measures.some((m) => m.id === s.unit);
      const page = inMeasure ? measureUrl(entry.id, s.unit!) : entry.url;
      return [
        entry.id,
        s.unit ?? '',
        s.segment ?? '',
        p.system.id,
        p.code.id,
        p.code.name,
        s.role ?? '',
        s.basis,
        s.quote,
        words ? p.start - p.segmentStart : '',
        words ? p.end - p.segmentStart : '',
        s.note,
        absoluteUrl(site, words ? `${page}#${s.segment}` : page),
      ];
    }),
  );
  return csvFile([CODINGS_COLUMNS, ...rows]);
}

/** One row per code: its system, id, name, parent code and description, and how many codings it has. */
export function codebookCsv({ systems }: Pick<AnalysisCsvInput, 'systems'>): string {
  const rows = systems.flatMap((system) =>
    system.codes.map((c) => [system.id, c.id, c.name, c.parent ?? '', c.description, c.spans.length]),
  );
  return csvFile([CODEBOOK_COLUMNS, ...rows]);
}
