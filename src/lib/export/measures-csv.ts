import { csvFile } from './csv.ts';

import type { Corpus } from '../corpus.ts';
import { absoluteUrl } from '../routes.ts';
import { PAGE_KINDS, sentencesWithin } from '../units/units.ts';

export const MEASURE_CSV_COLUMNS = ['document', 'id', 'number', 'label', 'part', 'part_heading', 'lead', 'text', 'url'] as const;

export interface CsvOptions {
  site: string;
}

/** Every measure, article and point of every document (its units with a page of their own), one a row, header first (csvFile: BOM, CRLF, formulas neutralised). */
export function measuresCsv(corpus: Pick<Corpus, 'documents'>, options: CsvOptions): string {
  const rows = corpus.documents.flatMap((doc) =>
    doc.units.list
      .filter((u) => PAGE_KINDS.has(u.kind))
      .map((u) => {
        const part = u.part ? doc.units.byId.get(u.part) : undefined;
        return [
          doc.id,
          u.id,
          u.n ?? '',
          u.label,
          part?.id ?? '',
          part?.heading ?? '',
          u.heading ?? '',
          sentencesWithin(doc.units, u)
            .map((s) => s.text)
            .join(''),
          absoluteUrl(options.site, u.url),
        ];
      }),
  );
  return csvFile([MEASURE_CSV_COLUMNS, ...rows]);
}
