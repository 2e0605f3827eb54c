import type { CitableDocument, CitableMeasure, CitableNews, CitablePart } from './citable.ts';

/** Where a sentence of a document stands: in a measure, in a part's own text, or in the preamble. */
export type DocumentPlace =
  { kind: 'measure'; part: CitablePart; measure: CitableMeasure } | { kind: 'part'; part: CitablePart } | { kind: 'preamble' };

/** `（十四）`: full-width brackets whatever the source printed, as Chinese citations write them. */
export const measureNumber = (m: Pick<CitableMeasure, 'numeral'>) => `（${m.numeral}）`;

/** 2024-10-21 → 2024年10月21日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 《中共中央 国务院关于深化产业工人队伍建设改革的意见》 */
export const bookTitle = (doc: CitableDocument) => `《${doc.meta.title}》`;

/** The title writers use after first mention: meta.shortTitle (already in 《》), else the full one. */
export const shortBookTitle = (doc: CitableDocument) => doc.meta.shortTitle ?? bookTitle(doc);

export function placeOfSentence(doc: CitableDocument, sentenceId: string): DocumentPlace {
  if (doc.outline.preamble.some((s) => s.id === sentenceId)) return { kind: 'preamble' };
  for (const part of doc.outline.parts) {
    if (part.sentences.some((s) => s.id === sentenceId)) return { kind: 'part', part };
    const measure = part.measures.find((m) => m.sentences.some((s) => s.id === sentenceId));
    if (measure) return { kind: 'measure', part, measure };
  }
  throw new Error(`no sentence ${sentenceId} in ${doc.id}`);
}

export function placeOfMeasure(doc: CitableDocument, measureId: string): DocumentPlace & { kind: 'measure' } {
  const measure = doc.measures.find((m) => m.id === measureId);
  if (!measure) throw new Error(`no measure ${measureId} in ${doc.id}`);
  return { kind: 'measure', part: doc.partOf(measureId), measure };
}

export function placeOfPart(doc: CitableDocument, partId: string): DocumentPlace & { kind: 'part' } {
  const part = doc.outline.parts.find((p) => p.id === partId);
  if (!part) throw new Error(`no part ${partId} in ${doc.id}`);
  return { kind: 'part', part };
}

/** The clause as cited in running text, without the title: 第（十四）条, 第一部分, 前言. */
export function clause(place: DocumentPlace): string {
  if (place.kind === 'measure') return `第${measureNumber(place.measure)}条`;
  if (place.kind === 'part') return `第${place.part.numeral}部分`;
  return '前言';
}

/** The clause with its part, as in 六（十四）; a part alone is 一, the preamble 前言. */
export function fullClause(place: DocumentPlace): string {
  if (place.kind === 'measure') return `${place.part.numeral}${measureNumber(place.measure)}`;
  if (place.kind === 'part') return place.part.numeral;
  return '前言';
}

/** 《意见》第（十四）条 */
export const shortForm = (doc: CitableDocument, place: DocumentPlace) => `${shortBookTitle(doc)}${clause(place)}`;

/** 《中共中央 国务院关于深化产业工人队伍建设改革的意见》六（十四） */
export const fullForm = (doc: CitableDocument, place: DocumentPlace) => `${bookTitle(doc)}${fullClause(place)}`;

/** A news title in 《》; a title we supplied (none was printed) goes in 〔〕, as cataloguers mark supplied text. */
export const newsTitle = (news: CitableNews) => (news.meta.titleEditorial ? `〔${news.meta.title}〕` : `《${news.meta.title}》`);

/** 新华社南京2024年10月22日电《…》; a photo caption is 图片, not 电. */
export function newsFullForm(news: CitableNews): string {
  const { publisher, place = '', published, kind } = news.meta;
  return `${publisher}${place}${chineseDate(published)}${kind === 'photo' ? '图片' : '电'}${newsTitle(news)}`;
}

/**
 * A quoted sentence followed by its source: “…。”（《意见》第（十四）条）. Double quotes inside
 * the sentence become single ones, as Chinese punctuation rules nest them.
 */
export function quoteForm(text: string, source: string): string {
  const inner = text.replaceAll('“', '‘').replaceAll('”', '’');
  return `“${inner}”（${source}）`;
}
