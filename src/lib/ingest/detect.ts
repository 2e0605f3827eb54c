// What ingest reads off a source text before the parser sees it: the title (one line, or two or
// three lines printed as one title), its status, the kind the title names, an order that
// promulgates the text (中华人民共和国国务院令 第706号 … 总理 李克强), the repost wrapper and
// trailing site lines (furniture), the issuers, the document number and the clause that says when
// the text takes effect. The signature is not read here: the parser reads it (src/lib/parse/tail.ts)
// and ingest takes its issuers and date from the tree. Shapes only: these are the conventions of
// official texts and of the sites that repost them, never one document's words.
import type { FurnitureRole, ItemKind } from '../schema/item-meta.ts';
import { BYLINE, isSalutation } from '../parse/head.ts';
import { DATE_PATTERN, datesIn as printedDates, readBareDate } from '../parse/printed-dates.ts';
import { isIssuerLine, issuersIn } from './issuers.ts';
import { STATUS, kindOfTitle, withoutStatus } from './kind-words.ts';

/** The real day a line is made of (a signature's date line), or null when it is anything else. */
const dateOnly = (line: string) => {
  const reading = readBareDate(line);
  return reading?.valid ? reading.date : null;
};
/** Every real day printed in `text`, in order. */
const datesIn = (text: string) => printedDates(text).filter((d) => d.valid);

export interface SourceLineText {
  text: string;
  /** 1-based. */
  line: number;
}

/**
 * Where the issuers were read, best first: the title, the signature at the end (read off the
 * parsed tree by ingest.ts: the parser is the one reader of a signature), an order, the wrapper,
 * the byline.
 */
export type IssuerSource = 'title' | 'signature' | 'order' | 'wrapper' | 'byline';

/** An order that promulgates the text, printed before it: 中华人民共和国国务院令 第706号 …. */
export interface Order {
  /** The order's name and number as printed, the lines joined by a space: 中华人民共和国国务院令 第706号. */
  number: string;
  /** The body whose order it is (国务院), or for a president's order 主席令 the body that adopted the law. */
  issuer: string;
  /** The date the order is signed: the day the text was promulgated. */
  date: string | null;
  /** The date it says the text was adopted (已经2019年1月1日国务院第X次常务会议通过). */
  adopted: string | null;
  lines: SourceLineText[];
}

/** The clause that says when the text takes effect: 自2019年5月1日起施行, 自公布之日起施行. */
export interface EffectiveClause {
  /** The day it names, or null when it takes effect on publication. */
  date: string | null;
  /** 公布, 发布, 印发…: the text takes effect the day it is so published (date is null). */
  on: string | null;
  text: string;
  line: number;
}

export interface Detected {
  /** The (first) printed title line, or null when the title comes from a wrapper line or is not printed. */
  titleLine: SourceLineText | null;
  /** Every line of the printed title: one, or two or three printed as one title. */
  titleLines: SourceLineText[];
  /**
   * The title: as printed; else as a repost's wrapper names it; else the title known from
   * elsewhere (a metadata table, the page, --title) when the text prints none; else the first line
   * when it has a title's shape (a title without a kind word: ingest then asks for --kind); null
   * when the text prints none and none is known.
   */
  title: string | null;
  /**
   * Where the title was read: the printed lines (`text`; `matched` when the known title found
   * them), the wrapper, the known title (`known`: not printed), or the first line (`line`).
   */
  titleFrom: 'text' | 'matched' | 'wrapper' | 'known' | 'line' | null;
  /** The status the title ends with in brackets (征求意见稿, 试行), without them. */
  status: string | null;
  /** The text the item's first line begins with. */
  begins: string;
  furniture: Array<{ role: FurnitureRole; text: string; line: number }>;
  issuers: string[];
  issuersFrom: IssuerSource | null;
  docNumber: string | null;
  /** Where the document number was read: its own line, the order, the wrapper or head lines. */
  docNumberFrom: 'line' | 'order' | 'text' | null;
  publisher: string | null;
  kind: ItemKind | null;
  /** The title's words that name the kind: 指导意见, 通知. */
  kindWord: string | null;
  shortTitle: string;
  /** For an explanation 关于《X》的说明: X, the title of what it explains. */
  explainsTitle: string | null;
  order: Order | null;
  effective: EffectiveClause | null;
}

/** A line with no sentence punctuation, as a title's lines are. */
const TITLE_SHAPE = /^[^。，；！？：,;!?:]{2,120}$/u;
/** The line a repost ends its wrapper with: 《…》全文如下。 */
const FULL_TEXT = /《([^》]+)》全文如下[。：:]?$/u;
/** A repost wrapper's notice: 近日，中共中央、国务院印发了《…》. */
const ISSUED = /^(?:近日|日前|[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+日)?，?(.+?)(?:联合)?印发了/u;
/** Site lines after the text: the source credit, editors (bare or in brackets, (责编：…)), page controls. */
const SITE_LINE =
  /^(?:[（(](?:来源|稿源|转自)[：:]\s*(.+?)[）)]|(?:来源|责任编辑|编辑|责编|审核)[：:].*|[（(](?:责任编辑|编辑|责编|审核)[：:][^（()）]*[）)]|【[^】]*】(?:\s*【[^】]*】)*)$/u;
/** Issuers as they head a title: 中共中央 国务院关于…, 国务院办公厅转发…, 国务院印发…. */
const TITLE_ISSUERS = /^(.+?)\s*(?:关于|转发|批转|印发)/u;
/** A document number: 国发〔2019〕4号, 绍市教〔2018〕81 号 (spaces kept as printed), 国令第706号. */
const DOC_NUMBER = /[\p{Script=Han}]{1,10}[〔［[（(]\s*\d{4}\s*[〕］\]）)]\s*\d{1,5}\s*号|国令\s*第\s*\d{1,5}\s*号/u;
const DOC_NUMBER_LINE = new RegExp(`^[（(]?(${DOC_NUMBER.source})[）)]?$`, 'u');
const SHORT_TITLE = /以下简称(《[^》]+》)/u;
/** An order's name, with its number on the same line or the next: 中华人民共和国国务院令 第706号. */
const ORDER_NAME =
  /^(中华人民共和国)?([\p{Script=Han}]{2,20}?)令(?:[\s\u3000]*([（(]?第\s*[0-9０-９一二三四五六七八九十百零〇]+\s*号[）)]?))?$/u;
const ORDER_NUMBER = /^[（(]?第\s*[0-9０-９一二三四五六七八九十百零〇]+\s*号[）)]?$/u;
/** When the text takes effect: a day, or the day it is published. */
const EFFECTIVE = new RegExp(`自\\s*(?:${DATE_PATTERN}|(公布|发布|印发|颁布|下发|公告)之日)\\s*起(?:施行|实施|执行|生效)`, 'gu');
/** What may open the clause: 本条例自…, 现予公布，自…. */
const EFFECTIVE_OPENER = /(?:本[\p{Script=Han}]{1,10}|(?:公布|发布|印发)[，,]\s*)$/u;
/** A title line cut before its end: the line stops at a word that needs the next one. */
const CONNECTIVE = /(?:关于|印发|转发|批转|的|和|与|及|暨|、|—|“|《|（)$/u;
/** A title line that joins what comes before it: 和某某乙规定的通知, 及…, 暨…. */
const CONTINUES = /^(?:和|及|与|暨|以及|、)/u;
/** How far into the text (after an order) a wrapper or title is looked for. */
const HEAD_LINES = 8;
/**
 * How far a title known from elsewhere is looked for: a repost's wrapper (a compilation header,
 * a headline over two lines, a source line, a news lead of several paragraphs, 全文如下) can push
 * the printed title past the eighth line, and the known title is a surer sign than a title's shape.
 */
const KNOWN_TITLE_LINES = 12;
/** Three or more characters each set one space apart: a title spread over its line (国 家 粮 食 应 急 预 案). */
const LETTER_SPACED = /\p{Script=Han}(?:[ \u3000]\p{Script=Han}){2,}/gu;
/**
 * The title a reader types and cites, without the spaces a layout spreads it with (国 家 粮 食 应 急
 * 预 案 → 国家粮食应急预案); spaces between words (两个机关名称之间) stay. The parser matches the
 * title to its printed lines with whitespace ignored, so the source keeps every space.
 */
export const withoutLetterSpacing = (title: string) => title.replace(LETTER_SPACED, (run) => run.replace(/[ \u3000]/gu, ''));

/** A title printed over at most this many lines. */
const MAX_TITLE_LINES = 4;
/** An order runs over at most this many lines to its date. */
const ORDER_LINES = 10;

/**
 * What `lines` (the text's non-blank lines) say of themselves. `knownTitles` are the titles known
 * from elsewhere, best first (--title, the page's heading, a metadata table's row): the first the
 * text prints finds the title's lines (over lines a title's shape alone would not join, 几 个 问 题
 * 的 通 知), and the first stands for the title when the text prints none.
 */
export function detect(lines: SourceLineText[], knownTitles: readonly string[] = []): Detected {
  const knownTitle = knownTitles[0];
  const furniture: Detected['furniture'] = [];
  let end = lines.length;
  let publisher: string | null = null;
  while (end > 0 && SITE_LINE.test(lines[end - 1]!.text)) {
    const line = lines[--end]!;
    publisher ??= SITE_LINE.exec(line.text)![1] ?? null;
    furniture.unshift({ role: 'credit', text: line.text, line: line.line });
  }
  const order = orderAt(lines.slice(0, end));
  const start = order ? order.lines.length : 0;
  for (const l of order?.lines ?? []) furniture.push({ role: 'wrapper', text: l.text, line: l.line });

  const head = lines.slice(start, Math.min(start + (knownTitle ? KNOWN_TITLE_LINES : HEAD_LINES), end));
  const fullText = head.findIndex((l) => FULL_TEXT.test(l.text));
  // A title is printed above the salutation: a title-shaped line below it (an attachment's title,
  // the title of the document a notice forwards) is not this text's.
  const salutation = head.findIndex((l) => isSalutation(l.text));
  const before = salutation < 0 ? head.length : salutation;
  let titleAt: number[] = [];
  for (let i = 0; i < Math.min(before, HEAD_LINES) && titleAt.length === 0; i++) {
    if (i !== fullText) titleAt = titleRun(head, i, fullText);
  }
  // A known title the text prints is where the title is, when the title's shape found none or
  // other lines (a title printed with spaces, 几 个 问 题 的 通 知, or below a long wrapper).
  const plainOf = (run: number[]) =>
    run
      .map((i) => head[i]!.text)
      .join('')
      .replace(/\s+/gu, '');
  // Each known title in turn (the page's heading may be a column's name, 每周一学, where a table has the title).
  const printedKnown = knownTitles.some((k) => plainOf(titleAt) === k.replace(/\s+/gu, ''));
  const runs = printedKnown ? [] : knownTitles.map((k) => [k, knownTitleRun(head.slice(0, before), k)] as const);
  const [matchedTitle, knownRun] = runs.find(([, run]) => run.length > 0) ?? [undefined, []];
  const matched = knownRun.length > 0;
  if (matched) titleAt = knownRun;
  const titleLines = titleAt.map((i) => head[i]!);
  const titleFirst = titleAt[0] ?? -1;
  // Before the title: what a repost or a page put there (a wrapper, a masthead), but a document
  // number printed right above the title, which is the document's; after it, up to 全文如下.
  const numberAbove = titleFirst > 0 && DOC_NUMBER_LINE.test(head[titleFirst - 1]!.text) ? titleFirst - 1 : -1;
  const wrapper = head.filter(
    (_, i) => (i < titleFirst && i !== numberAbove) || (i <= fullText && !titleAt.includes(i) && i !== numberAbove),
  );
  for (const w of wrapper) furniture.push({ role: 'wrapper', text: w.text, line: w.line });
  furniture.sort((a, b) => a.line - b.line);

  const titleLine = titleLines[0] ?? null;
  const wrapped = fullText >= 0 ? FULL_TEXT.exec(head[fullText]!.text)![1]! : null;
  const furnitureLines = new Set(furniture.map((f) => f.line));
  const firstText = lines.find((l) => !furnitureLines.has(l.line));
  // The first line stands for the title only when it has a title's shape (ingest then asks for
  // --kind); a text that opens with its salutation or its first paragraph prints none.
  const firstTitleLike = firstText && TITLE_SHAPE.test(firstText.text) && !notTitle(firstText.text) && !isSalutation(firstText.text);
  const [title, titleFrom]: [string | null, Detected['titleFrom']] = titleLines.length
    ? [matched ? matchedTitle! : withoutLetterSpacing(titleLines.map((l) => l.text).join('')), matched ? 'matched' : 'text']
    : wrapped
      ? [wrapped, 'wrapper']
      : firstTitleLike
        ? [firstText.text, 'line']
        : knownTitle
          ? [knownTitle, 'known']
          : [null, null];
  const begins = (titleLine ?? firstText ?? lines[0]!).text.slice(0, 40);
  const { text: bare, status } = withoutStatus(title ?? '');
  const kindWord = title ? kindOfTitle(title) : null;
  const kind = kindWord?.kind ?? null;

  const lastTitle = titleLines.at(-1);

  const fromTitle = TITLE_ISSUERS.exec(bare)?.[1];
  // Only a title that opens with its issuers names them (关于《…》的说明 names none); a title the
  // text does not print is not the text's word on who issued it (its signature is read instead).
  const titleIssuers = fromTitle && titleFrom !== 'known' && !/[《》]|关于/u.test(fromTitle) ? issuersIn(fromTitle) : [];
  const issuedBy = wrapper.map((w) => ISSUED.exec(w.text)?.[1]).find(Boolean);
  const wrapperIssuers = issuedBy ? issuersIn(issuedBy) : [];
  // A speaker's byline under the title of a speech, a report or an explanation, or under its date line.
  const spoken = kind === 'speech' || kind === 'explanation' || kind === 'report';
  const after = lastTitle ? lines.slice(lines.indexOf(lastTitle) + 1, lines.indexOf(lastTitle) + 3) : [];
  const bylineAt = after.findIndex((l) => !/^[（(]/u.test(l.text));
  const bylineLine = after[bylineAt];
  const byline = spoken && bylineLine && BYLINE.test(bylineLine.text) && !isIssuerLine(bylineLine.text) ? [bylineLine.text] : [];
  const sources: Array<[IssuerSource, string[]]> = [
    ['title', titleIssuers],
    ['order', order ? [order.issuer] : []],
    ['wrapper', wrapperIssuers],
    ['byline', byline],
  ];
  const [issuersFrom, issuers] = sources.find(([, names]) => names.length > 0) ?? [null, []];

  const wrapperText = wrapper.map((w) => w.text).join('');
  // A short title only where one names the document alone: the one the wrapper gives (以下简称《…》),
  // or a law's name without 中华人民共和国. The bare kind word (《通知》) would name sixty documents
  // of a collection at once, so the full title stands in for it.
  const shortTitle = SHORT_TITLE.exec(wrapperText)?.[1] ?? (kind === 'law' ? `《${bare.replace(/^中华人民共和国/u, '')}》` : '');
  const { docNumber, docNumberFrom } = docNumberOf(
    order,
    numberAbove >= 0 ? [head[numberAbove]!] : head.slice(titleAt.at(-1) ?? 0, before),
    wrapperText,
    // Below the salutation a number is one the text cites (附件：《…》（绍市纪发〔2016〕24号）), not its own.
    head.slice(0, before),
  );
  const explainsTitle = kind === 'explanation' ? (/^关于《(.+)》的说明$/u.exec(bare)?.[1] ?? null) : null;
  const effective = effectiveClause(lines.slice(0, end), order);
  return {
    titleLine,
    titleLines,
    title,
    titleFrom,
    status,
    begins,
    furniture,
    issuers,
    issuersFrom,
    docNumber,
    docNumberFrom,
    publisher,
    kind,
    kindWord: kindWord?.word ?? null,
    shortTitle,
    explainsTitle,
    order,
    effective,
  };
}

/**
 * The indices (into `head`) of the title that starts at `i`: the line alone when it names a kind,
 * or two or three lines when only their joined text does and the first lines are visibly cut
 * (issuers alone above 关于…, a line ending in 关于, 印发, 的, an open 《, or 关于 above a line that
 * lacks it); a status line （征求意见稿） under it is part of it. [] when no title starts there.
 */
function titleRun(head: SourceLineText[], i: number, fullText: number): number[] {
  const withStatus = (run: number[]) => {
    const next = head[run.at(-1)! + 1];
    return next && STATUS.test(next.text) && STATUS.exec(next.text)!.index === 0 ? [...run, run.at(-1)! + 1] : run;
  };
  const titleLike = (l: SourceLineText) => TITLE_SHAPE.test(l.text) && !notTitle(l.text);
  if (!titleLike(head[i]!)) return [];
  // A line ending in a kind word goes on when the next joins another title to it (…印发某某甲规定 /
  // 和某某乙规定的通知): the title is both lines.
  const next = head[i + 1];
  if (next && CONTINUES.test(next.text) && titleLike(next) && kindOfTitle(head[i]!.text + next.text)) return withStatus([i, i + 1]);
  if (kindOfTitle(head[i]!.text) && !openTitle(head[i]!.text)) return withStatus([i]);
  for (let n = 2; n <= 3; n++) {
    const run = Array.from({ length: n }, (_, k) => i + k);
    const runLines = run.map((k) => head[k]);
    if (runLines.some((l) => !l) || run.includes(fullText)) break;
    const texts = (runLines as SourceLineText[]).map((l) => l.text);
    if (!(runLines as SourceLineText[]).every(titleLike)) break;
    if ((runLines as SourceLineText[]).some((l, k) => k > 0 && l.line - runLines[k - 1]!.line > 2)) break;
    if (texts.slice(0, -1).some((t, k) => kindOfTitle(t) && !openTitle(texts.slice(0, k + 1).join('')))) break;
    if (kindOfTitle(texts.join('')) && !openTitle(texts.join('')) && cutTitle(texts)) return withStatus(run);
  }
  return [];
}

/**
 * The indices (into `head`) of the lines that print `known`: from the first line on, one to four
 * lines whose texts joined, whitespace aside, are the known title (a title printed with spaces
 * between its characters is still the title). [] when no run of lines prints it.
 */
function knownTitleRun(head: SourceLineText[], known: string): number[] {
  const want = known.replace(/\s+/gu, '');
  for (let i = 0; i < head.length; i++) {
    let joined = '';
    for (let n = 1; n <= MAX_TITLE_LINES && i + n <= head.length; n++) {
      joined += head[i + n - 1]!.text.replace(/\s+/gu, '');
      if (joined === want) return Array.from({ length: n }, (_, k) => i + k);
      if (!want.startsWith(joined)) break;
    }
  }
  return [];
}

/**
 * A title cut inside the name of a law it cites (…暂时调整实施《中华人民共和国药品管理法 / 实施条例》
 * 有关规定的决定): the kind word before the 》 is the cited law's, not this title's end.
 */
const openTitle = (text: string) => (text.match(/《/gu)?.length ?? 0) > (text.match(/》/gu)?.length ?? 0);

/** Lines that are never part of a title: a date, a document number, a bracketed note or status, an order. */
const notTitle = (text: string) =>
  dateOnly(text) !== null || DOC_NUMBER_LINE.test(text) || /^[（(]/u.test(text) || ORDER_NAME.test(text) || ORDER_NUMBER.test(text);

/** Whether the lines before the last are visibly a title cut over lines, not lines of their own. */
function cutTitle(texts: string[]): boolean {
  const last = texts.at(-1)!;
  const before = texts.slice(0, -1);
  const opening = texts.findIndex((t) => /^(?:关于|印发|转发|批转)/u.test(t));
  if (opening > 0 && texts.slice(0, opening).every(isIssuerLine)) return true;
  // Issuers above the rest of a title (某某省委员会 / 第三次全体会议公报), not above a whole title of their own.
  const lastIssuers = TITLE_ISSUERS.exec(last)?.[1];
  if (before.every(isIssuerLine) && !(lastIssuers && issuersIn(lastIssuers).length)) return true;
  if (before.some((t) => CONNECTIVE.test(t))) return true;
  let open = 0;
  for (const t of before) {
    for (const ch of t) open += '《“（('.includes(ch) ? 1 : '》”）)'.includes(ch) ? -1 : 0;
    if (open > 0) return true;
  }
  if (before.some((t) => t.includes('关于')) && !last.includes('关于')) return true;
  return texts[0] === '中华人民共和国' || /^[的之》”）]/u.test(last);
}

/** An order at the top of the text, up to and with its date line; null when the text opens otherwise. */
function orderAt(lines: SourceLineText[]): Order | null {
  const first = lines[0];
  const name = first && ORDER_NAME.exec(first.text);
  if (!name) return null;
  let used = 1;
  let number = first!.text;
  if (!name[3]) {
    const next = lines[1];
    if (!next || !ORDER_NUMBER.test(next.text)) return null;
    number = `${first!.text} ${next.text}`;
    used = 2;
  }
  const dateAt = lines.slice(used, ORDER_LINES).findIndex((l) => dateOnly(l.text) !== null);
  if (dateAt < 0) return null;
  const block = lines.slice(0, used + dateAt + 1);
  const body = block.slice(used, -1).map((l) => l.text);
  if (body.length === 0 || !body.some((t) => /[。]/u.test(t))) return null;
  const text = body.join('\n');
  const adopted =
    datesIn(text).find((d) => {
      const rest = text.slice(d.end);
      return /^[^，。；\n]*通过/u.test(rest);
    })?.date ?? null;
  // A president's order promulgates what the legislature adopted: the law's issuer is that body.
  const adoptedBy = /已由(?:中华人民共和国)?(?:第[一二三四五六七八九十百]+届)?(.+?)第[一二三四五六七八九十百]+次(?:全体)?会议/u.exec(
    text,
  )?.[1];
  const issuer = name[2] === '主席' ? (adoptedBy ?? '中华人民共和国主席') : name[2]!;
  return {
    number,
    issuer,
    date: dateOnly(block.at(-1)!.text),
    adopted,
    lines: block,
  };
}

function docNumberOf(
  order: Order | null,
  afterTitle: SourceLineText[],
  wrapperText: string,
  head: SourceLineText[],
): Pick<Detected, 'docNumber' | 'docNumberFrom'> {
  if (order) return { docNumber: order.number, docNumberFrom: 'order' };
  const own = afterTitle.slice(0, 4).find((l) => DOC_NUMBER_LINE.test(l.text));
  if (own) return { docNumber: DOC_NUMBER_LINE.exec(own.text)![1]!, docNumberFrom: 'line' };
  const inText = DOC_NUMBER.exec([wrapperText, ...head.map((l) => l.text)].join('\n'))?.[0];
  return inText ? { docNumber: inText, docNumberFrom: 'text' } : { docNumber: null, docNumberFrom: null };
}

/**
 * The last clause that says when the text itself takes effect: one that opens 本条例自…, 现予公布，
 * 自…, or stands in the order or an adoption note (a line in brackets). A date another text took
 * effect on is not it.
 */
function effectiveClause(lines: SourceLineText[], order: Order | null): EffectiveClause | null {
  let found: EffectiveClause | null = null;
  for (const l of lines) {
    const ownLine = order?.lines.includes(l) || /^[（(]/u.test(l.text);
    for (const m of l.text.matchAll(EFFECTIVE)) {
      if (!ownLine && !EFFECTIVE_OPENER.test(l.text.slice(0, m.index))) continue;
      const date = m[1] ? (datesIn(m[0])[0]?.date ?? null) : null;
      if (m[1] && !date) continue;
      found = { date, on: m[4] ?? null, text: m[0], line: l.line };
    }
  }
  return found;
}
