// The units a document's instruments are coded in: each measure or article, each part's (or
// chapter's) own text before its measures, and the closing. Instrument × part matrices read the
// part off each unit, so the closing carries none.
import type { DocumentEntry } from '../corpus.ts';
import type { Part, Sentence } from '../schema/tree.ts';

export interface CodableUnit {
  /** m14, art5, p1 (a part's own text) or closing. */
  id: string;
  kind: 'measure' | 'part' | 'closing';
  /** The part the unit lies in; absent for the closing. */
  part?: Part | undefined;
  sentences: Sentence[];
  /** （十四）完善职业技能竞赛体系, 一、总体要求, 结语. */
  label: string;
  /** What a matrix cell calls the unit: the measure's printed number (14); 正文 for a part's own text, 结语 for the closing. */
  short: string;
}

/** The codable units of a document in reading order (a part's own text before its measures). */
export function codableUnits(doc: DocumentEntry): CodableUnit[] {
  const units: CodableUnit[] = [];
  for (const part of doc.outline.parts) {
    if (part.sentences.length)
      units.push({
        id: part.id,
        kind: 'part',
        part,
        sentences: part.sentences,
        label: part.label ?? `${part.numeral}、${part.heading}`,
        short: '正文',
      });
    for (const m of part.measures)
      units.push({ id: m.id, kind: 'measure', part, sentences: m.sentences, label: `${m.label}${m.lead ?? ''}`, short: String(m.n) });
  }
  const closing = doc.outline.closing ?? [];
  if (closing.length) units.push({ id: 'closing', kind: 'closing', sentences: closing, label: '结语', short: '结语' });
  return units;
}
