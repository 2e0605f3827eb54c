import { toChineseNumeral } from '../numerals.ts';
import type { ArticleNode } from '../tree/nodes.ts';
import type { ArticlePlaces, CitableDocument, CitableMeasure, CitableNews, CitablePart } from './citable.ts';

/**
 * Where a sentence of a document stands: in a measure (in an article: in its paragraph 款 and
 * item 项), in a part's own text, in the closing, or in the preamble.
 */
export type DocumentPlace =
  | { kind: 'measure'; part: CitablePart; measure: CitableMeasure; clause?: number; item?: string | undefined }
  | { kind: 'part'; part: CitablePart }
  | { kind: 'preamble' }
  | { kind: 'closing' };

/** Where each sentence of an article stands (its paragraph, its item), read off the article's node. */
export function articlePlaces(article: ArticleNode): ArticlePlaces {
  const places: ArticlePlaces = {};
  for (const clause of article.children) {
    for (const child of clause.children) {
      if (child.type === 'sentence') places[child.id] = [clause.n];
      else for (const s of child.children) places[s.id] = [clause.n, child.label];
    }
  }
  return places;
}

/** The places of a measure's sentences when it is an article: carried (cite context) or read off its node (corpus). */
function placesOf(measure: CitableMeasure): ArticlePlaces | undefined {
  if (measure.places) return measure.places;
  const node = (measure as { node?: { type: string } }).node;
  return node?.type === 'article' ? articlePlaces(node as ArticleNode) : undefined;
}

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
    if (!measure) continue;
    const at = placesOf(measure)?.[sentenceId];
    // A single-paragraph article is cited by its number alone (第五条, not 第五条第一款).
    const clauses = new Set(Object.values(placesOf(measure) ?? {}).map(([n]) => n)).size;
    return at
      ? { kind: 'measure', part, measure, ...(clauses > 1 || at[1] ? { clause: at[0] } : {}), item: at[1] }
      : { kind: 'measure', part, measure };
  }
  if (doc.outline.closing?.some((s) => s.id === sentenceId)) return { kind: 'closing' };
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

/** 第五条, 第五条第二款, 第五条第二款第（三）项: an article and where in it a sentence stands. */
function articleClause(place: DocumentPlace & { kind: 'measure' }): string {
  const para = place.clause ? `第${toChineseNumeral(place.clause)}款` : '';
  const item = place.item ? `第${measureNumber({ numeral: place.item.replace(/^[(（]|[)）]$/gu, '') })}项` : '';
  return `第${place.measure.numeral}条${para}${item}`;
}

/** The clause as cited in running text, without the title: 第（十四）条, 第五条第二款, 第一部分, 前言. */
export function clause(place: DocumentPlace): string {
  if (place.kind === 'measure') {
    if (place.measure.kind === 'article') return articleClause(place);
    if (place.measure.kind === 'point') return `第${place.part.numeral}部分第${place.measure.numeral}点`;
    return `第${measureNumber(place.measure)}条`;
  }
  if (place.kind === 'part') return place.part.kind === 'chapter' ? `第${place.part.numeral}章` : `第${place.part.numeral}部分`;
  return place.kind === 'closing' ? '结语' : '前言';
}

/** The clause with its part, as in 六（十四）; a part alone is 一, the preamble 前言; articles are numbered through, 第五条第二款. */
export function fullClause(place: DocumentPlace): string {
  if (place.kind === 'measure') {
    if (place.measure.kind) return clause(place);
    return `${place.part.numeral}${measureNumber(place.measure)}`;
  }
  if (place.kind === 'part') return place.part.kind === 'chapter' ? clause(place) : place.part.numeral;
  return place.kind === 'closing' ? '结语' : '前言';
}

/** 《意见》第（十四）条 */
export const shortForm = (doc: CitableDocument, place: DocumentPlace) => `${shortBookTitle(doc)}${clause(place)}`;

/** 《中共中央 国务院关于深化产业工人队伍建设改革的意见》六（十四） */
export const fullForm = (doc: CitableDocument, place: DocumentPlace) => `${bookTitle(doc)}${fullClause(place)}`;

/** A news title in 《》; a title we supplied (none was printed) goes in 〔〕, as cataloguers mark supplied text. */
export const newsTitle = (news: CitableNews) => (news.meta.titleEditorial ? `〔${news.meta.title}〕` : `《${news.meta.title}》`);

/** 新华社南京2024年10月22日电《…》; a photo caption is 图片, not 电. */
export function newsFullForm(news: CitableNews): string {
  const { publisher = '', place = '', published, kind } = news.meta;
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
