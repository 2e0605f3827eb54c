// The units a document's instruments are coded in: every unit of its unit list that holds
// sentences of its own (the preamble, a part's or chapter's own text, each measure, article or
// point, the closing, attachments, a notice's text). Instrument × part matrices read the part off
// each unit; a unit outside every part (preamble, closing, attachment) is a column of its own.
import type { DocumentEntry } from '../corpus.ts';
import type { Part, Sentence } from '../schema/tree.ts';
import { unitTitle } from '../units/titles.ts';
import { DIVISION_KINDS, PAGE_KINDS, type UnitKind } from '../units/units.ts';

export interface CodableUnit {
  /** m14, art5, p1 (a part's own text), preamble, closing, att1. */
  id: string;
  /** `measure` for every unit with a page of its own (measure, article, point); else the unit's kind. */
  kind: 'measure' | Exclude<UnitKind, 'article' | 'point'>;
  /** The part the unit lies in; absent outside every part. */
  part?: Part | undefined;
  sentences: Sentence[];
  /** （十四）完善职业技能竞赛体系, 一、总体要求, 结语. */
  label: string;
  /** What a matrix cell calls the unit: the measure's printed number (14); 正文 for a part's own text, 结语 for the closing. */
  short: string;
}

const SHORT: Partial<Record<UnitKind, string>> = { preamble: '前言', closing: '结语', notice: '通知', attachment: '附件', box: '专栏' };

/** The codable units of a document in reading order. */
export function codableUnits(doc: DocumentEntry): CodableUnit[] {
  const parts = new Map(doc.outline.parts.map((p) => [p.id, p]));
  return doc.units.list
    .filter((u) => u.sentences.length > 0)
    .map((u): CodableUnit => {
      const page = PAGE_KINDS.has(u.kind);
      return {
        id: u.id,
        kind: page ? 'measure' : (u.kind as CodableUnit['kind']),
        part: u.part ? parts.get(u.part) : undefined,
        sentences: u.sentences,
        label: unitTitle(u),
        short: page ? String(u.n) : DIVISION_KINDS.has(u.kind) ? '正文' : (SHORT[u.kind] ?? u.label),
      };
    });
}
