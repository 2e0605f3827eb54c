import { csvFile } from './csv.ts';

import type { Corpus } from '../corpus.ts';
import { absoluteUrl, measureUrl } from '../routes.ts';

export const MEASURE_CSV_COLUMNS = ['document', 'id', 'number', 'label', 'part', 'part_heading', 'lead', 'text', 'url'] as const;

export interface CsvOptions {
  site: string;
  /** A UTF-8 byte-order mark, so spreadsheet programs read the Chinese text as UTF-8. */
  bom?: boolean;
}

/** Every measure of every document, one a row: CRLF line ends, UTF-8, header first. */
export function measuresCsv(corpus: Pick<Corpus, 'documents'>, options: CsvOptions): string {
  const rows = corpus.documents.flatMap((doc) =>
    doc.outline.parts.flatMap((part) =>
      part.measures.map((m) => [
        doc.id,
        m.id,
        m.n,
        m.label,
        part.id,
        part.heading,
        m.lead ?? '',
        m.sentences.map((s) => s.text).join(''),
        absoluteUrl(options.site, measureUrl(doc.id, m.id)),
      ]),
    ),
  );
  return csvFile([MEASURE_CSV_COLUMNS, ...rows], options.bom);
}
