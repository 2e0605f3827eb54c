import { UNIT_NAMES } from '../schema/unit-words.ts';
import { DIVISION_KINDS, PAGE_KINDS } from '../units/kinds.ts';
import type { ArticlePlaces, CitableDocument, CitableNews, CitableUnit } from './citable.ts';

/**
 * Where a sentence of a document stands, by the nearest unit a reader cites around it: a measure,
 * article or point (in an article: its paragraph 款 and item 项), with the part or chapter it lies
 * in; a part's, chapter's, section's or book's own text; the preamble; the closing; or another unit
 * cited by its own label (an attachment 附件1, a notice's text, a box 专栏3 outside any part).
 */
export type DocumentPlace = (
  | {
      kind: 'measure';
      part?: CitableUnit | undefined;
      measure: CitableUnit;
      /** Its paragraph (款) as a citation numbers it: 二 for 第二款. */
      clause?: string;
      item?: string | undefined;
      /** The printed number of a sub-item: of the article's item (目, 第1目), or of the measure itself (1. of a 方案: 第1项). */
      sub?: number | undefined;
    }
  | { kind: 'part'; part: CitableUnit; chapter?: CitableUnit | undefined }
  /** `id`: the unit's, d2-preamble in the second document a notice issues. */
  | { kind: 'preamble'; id?: string }
  | { kind: 'closing'; id?: string }
  | { kind: 'unit'; unit: CitableUnit }
) & {
  /** The document a notice issues that the place lies in: it is cited under that document's title. */
  issued?: CitableUnit | undefined;
};

/**
 * The places of a measure's sentences when it is an article: the unit list reads them off the
 * article's node once (src/lib/units/units.ts), so the code the browser loads never walks a tree.
 */
const placesOf = (measure: CitableUnit): ArticlePlaces | undefined => measure.places;

/** `（十四）`: full-width brackets whatever the source printed, as Chinese citations write them. */
export const measureNumber = (m: { numeral: string | null }) => `（${m.numeral}）`;

/** 2024-10-21 → 2024年10月21日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 《中共中央 国务院关于深化产业工人队伍建设改革的意见》 */
export const bookTitle = (doc: CitableDocument) => `《${doc.meta.title}》`;

/** The title writers use after first mention: meta.shortTitle (already in 《》), else the full one. */
export const shortBookTitle = (doc: CitableDocument) => doc.meta.shortTitle ?? bookTitle(doc);

/** Each unit list's index by id, made once: the citation index places every unit of a document. */
const indexes = new WeakMap<readonly CitableUnit[], Map<string, CitableUnit>>();

function byIdOf(doc: CitableDocument): Map<string, CitableUnit> {
  let byId = indexes.get(doc.units.list);
  if (!byId) indexes.set(doc.units.list, (byId = new Map(doc.units.list.map((u) => [u.id, u]))));
  return byId;
}

/** A unit and the units around it, innermost first. */
function chainOf(doc: CitableDocument, unit: CitableUnit): CitableUnit[] {
  const byId = byIdOf(doc);
  const chain = [unit];
  for (let u = unit; u.parent !== null;) chain.push((u = byId.get(u.parent)!));
  return chain;
}

const unitById = (doc: CitableDocument, id: string) => byIdOf(doc).get(id);

/** The place with the document a notice issues around `unit`, when there is one. */
function inIssued<P extends DocumentPlace>(doc: CitableDocument, unit: CitableUnit, place: P): P {
  const issued = chainOf(doc, unit).find((u) => u.kind === 'issued');
  return issued ? { ...place, issued } : place;
}

export function placeOfSentence(doc: CitableDocument, sentenceId: string): DocumentPlace {
  const holder = doc.units.list.find((u) => u.sentences.some((s) => s.id === sentenceId));
  if (!holder) throw new Error(`no sentence ${sentenceId} in ${doc.id}`);
  return inIssued(doc, holder, sentencePlace(doc, holder, sentenceId));
}

function sentencePlace(doc: CitableDocument, holder: CitableUnit, sentenceId: string): DocumentPlace {
  // Inside a document a notice issues, that document is the top: its preamble is 前言.
  const chain = chainOf(doc, holder).filter((u) => u.kind !== 'issued');
  const measure = chain.find((u) => PAGE_KINDS.has(u.kind));
  if (measure) {
    const place = placeOfMeasure(doc, measure.id);
    const at = placesOf(measure)?.[sentenceId];
    // A single-paragraph article is cited without its paragraph (第五条, 第五条第（三）项; not 第五条第一款).
    const clauses = new Set(Object.values(placesOf(measure) ?? {}).map(([n]) => n)).size;
    return at ? { ...place, ...(clauses > 1 ? { clause: at[0] } : {}), item: at[1], ...(at[2] ? { sub: at[2] } : {}) } : place;
  }
  const division = chain.find((u) => DIVISION_KINDS.has(u.kind));
  if (division) return placeOfPart(doc, division.id);
  const top = chain.at(-1)!;
  if (top.kind === 'preamble' || top.kind === 'closing') return { kind: top.kind, id: top.id };
  return { kind: 'unit', unit: holder.kind === 'box' || holder.kind === 'subitem' ? holder : top };
}

export function placeOfMeasure(doc: CitableDocument, measureId: string): DocumentPlace & { kind: 'measure' } {
  const measure = unitById(doc, measureId);
  if (!measure || !PAGE_KINDS.has(measure.kind)) throw new Error(`no measure ${measureId} in ${doc.id}`);
  const part = chainOf(doc, measure).find((u) => u.kind === 'part' || u.kind === 'chapter');
  return inIssued(doc, measure, { kind: 'measure', part, measure });
}

/**
 * Where a unit stands, cited as itself rather than by the unit around one of its sentences: a
 * measure, article or point (an article's paragraph 款, item 项 and 目 when `within` names them); a
 * sub-item in its measure or its article's item; a division; the preamble or closing; any other
 * unit (a box, a table, an attachment, a notice's text) by its label.
 */
export function placeOfUnit(
  doc: CitableDocument,
  unitId: string,
  within?: { clause?: string; item?: string; sub?: number },
): DocumentPlace {
  const unit = unitById(doc, unitId);
  if (!unit) throw new Error(`no unit ${unitId} in ${doc.id}`);
  if (PAGE_KINDS.has(unit.kind)) return { ...placeOfMeasure(doc, unitId), ...within };
  if (DIVISION_KINDS.has(unit.kind)) return placeOfPart(doc, unitId);
  if (unit.kind === 'preamble' || unit.kind === 'closing') return inIssued(doc, unit, { kind: unit.kind, id: unit.id });
  const measure = unit.kind === 'subitem' ? chainOf(doc, unit).find((u) => PAGE_KINDS.has(u.kind)) : undefined;
  // An article's 目 stands where its sentences do (its paragraph, its item); a measure's sub-item is its 第N项.
  if (measure?.kind === 'article' && unit.sentences[0]) return placeOfSentence(doc, unit.sentences[0].id);
  if (measure) return { ...placeOfMeasure(doc, measure.id), sub: Number(unit.label.replace(/\D/gu, '')) };
  return { kind: 'unit', unit };
}

export function placeOfPart(doc: CitableDocument, partId: string): DocumentPlace & { kind: 'part' } {
  const part = unitById(doc, partId);
  if (!part || !DIVISION_KINDS.has(part.kind)) throw new Error(`no part ${partId} in ${doc.id}`);
  const chapter = part.kind === 'section' ? chainOf(doc, part).find((u) => u.kind === 'chapter') : undefined;
  return inIssued(doc, part, { kind: 'part', part, chapter });
}

/** 第五条, 第五条第二款, 第五条第二款第（三）项, …第（三）项第1目: an article and where in it a sentence stands. */
function articleClause(place: DocumentPlace & { kind: 'measure' }): string {
  const para = place.clause ? `第${place.clause}款` : '';
  const item = place.item ? `第${measureNumber({ numeral: place.item.replace(/^[(（]|[)）]$/gu, '') })}项` : '';
  // A sub-item (目) keeps the arabic number it is printed with.
  const sub = place.sub ? `第${place.sub}目` : '';
  return `${place.measure.label}${para}${item}${sub}`;
}

/** The clause as cited in running text, without the title: 第（十四）条, 第四部分第（二）条, 第五条第二款, 第一部分, 第三章第一节, 前言, 附件1. */
export function clause(place: DocumentPlace): string {
  switch (place.kind) {
    case 'measure': {
      const { measure, part } = place;
      if (measure.kind === 'article') return articleClause(place);
      const within = part ? `第${part.numeral}部分` : '';
      if (measure.kind === 'point') return `${within}第${measure.numeral}点`;
      // A measure numbered afresh in each part (p4-m2) is cited with its part: 第四部分第（二）条.
      const cited = `${part && measure.id.startsWith(`${part.id}-`) ? within : ''}第${measureNumber(measure)}条`;
      return place.sub ? `${cited}第${place.sub}项` : cited;
    }
    case 'part':
      return divisionClause(place.part, place.chapter);
    case 'unit':
      return place.unit.label || UNIT_NAMES[place.unit.kind];
    default:
      return place.kind === 'closing' ? '结语' : '前言';
  }
}

/** 第一部分, 第二章, 第三章第一节, 第一编. */
function divisionClause(part: CitableUnit, chapter?: CitableUnit): string {
  if (part.kind === 'part') return `第${part.numeral}部分`;
  return `${chapter ? `第${chapter.numeral}章` : ''}${part.label}`;
}

/** The clause with its part, as in 六（十四）; a part alone is 一, the preamble 前言; articles are numbered through, 第五条第二款. */
function fullClause(place: DocumentPlace): string {
  if (place.kind === 'measure') {
    if (place.measure.kind !== 'measure' || !place.part) return clause(place);
    return `${place.part.numeral}${measureNumber(place.measure)}`;
  }
  if (place.kind === 'part') return place.part.kind === 'part' ? place.part.numeral! : clause(place);
  return clause(place);
}

/** The title a place of a document a notice issues is cited under: that document's, 《…方案》. */
export const issuedTitle = (place: DocumentPlace) => (place.issued?.heading ? `《${place.issued.heading}》` : null);

/** 《意见》第（十四）条; 《某某工作方案》第（二）条 in the document a notice issues. */
export const shortForm = (doc: CitableDocument, place: DocumentPlace) => `${issuedTitle(place) ?? shortBookTitle(doc)}${clause(place)}`;

/** 《中共中央 国务院关于深化产业工人队伍建设改革的意见》六（十四） */
export const fullForm = (doc: CitableDocument, place: DocumentPlace) => `${issuedTitle(place) ?? bookTitle(doc)}${fullClause(place)}`;

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
