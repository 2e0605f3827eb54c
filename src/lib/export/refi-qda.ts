// A REFI-QDA project (QDA-XML 1.0, Project-mrt2019.xsd): what NVivo, ATLAS.ti, MAXQDA and
// QualCoder import. Each item is a plain-text source (./item-text.ts); each code system of
// ./codes.ts a folder of codes; each coding a PlainTextSelection at the characters of its words,
// with what it rests on (and 机器标注，未经审核 for the machine's) as the selection's description;
// the item's metadata as variables. Positions count Unicode code points of the source text, end
// exclusive (REFI-QDA 1.5 §10.2 counts code points from 0; its own example, 139–195 for a
// 56-character quote, and QualCoder's text[pos0:pos1] read the end as exclusive).
import type { CorpusEntry } from '../corpus.ts';
import { KIND_NAMES } from '../schema/kind-names.ts';
import { absoluteUrl } from '../routes.ts';
import type { Basis, Code, CodedSpan, CodeSystem } from './codes.ts';
import { guid } from './guid.ts';
import type { ItemText } from './item-text.ts';
import { type XmlElement, el, serializeXml } from './xml.ts';

export const QDA_NAMESPACE = 'urn:QDA-XML:project:1.0';
/** The folder of internal sources in a .qdpx: `Sources/` as in the specification's example, ATLAS.ti and QualCoder. */
export const SOURCES_DIR = 'Sources';

const COLORS: Record<string, string> = { actor: '#2563EB', term: '#059669', instrument: '#D97706' };

/**
 * Who made what (REFI-QDA <Users>): each coding's creatingUser is the footing it rests on, so an
 * importing program can show or hide the machine's codings by coder; the sources are the site's.
 * QualCoder stores the user's name as each coding's owner and takes the first user as its coder.
 */
export const QDA_USERS = [
  { id: 'machine', name: '机器标注（未经审核）' },
  { id: 'hand', name: '人工标注' },
  { id: 'official', name: '文件括注的分工' },
  { id: 'site', name: '政策文件阅读器' },
] as const satisfies ReadonlyArray<{ id: Basis | 'site'; name: string }>;
const userGuid = (id: Basis | 'site') => guid('user', id);

/** The key of a code (or, with no code id, of a system's folder) in codebookNames. */
export const codeKey = (system: string, code?: string) => (code === undefined ? system : `${system}\u0000${code}`);

/**
 * The name each folder and code has in the project, unique across the whole codebook: QualCoder's
 * code and category tables have unique(name) and give a second code of the same name no codings
 * (NVivo and MAXQDA also match codes by name when projects merge). A name that more than one code
 * or folder bears is followed by its folder's name on each code that bears it, 工会（行动主体） and
 * 工会（术语）; a name still shared within one folder then gets the code's id as well. Folder names
 * are kept as they are.
 */
export function codebookNames(systems: readonly CodeSystem[]): Map<string, string> {
  const entries = systems.flatMap((s) => [
    { key: codeKey(s.id), name: s.name, folder: null as string | null, id: s.id },
    ...s.codes.map((c) => ({ key: codeKey(s.id, c.id), name: c.name, folder: s.name as string | null, id: c.id })),
  ]);
  const count = (names: readonly string[]) => names.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), new Map<string, number>());
  const used = count(entries.map((e) => e.name));
  let names = entries.map((e) => (e.folder !== null && used.get(e.name)! > 1 ? `${e.name}（${e.folder}）` : e.name));
  const again = count(names);
  names = names.map((n, i) => {
    const e = entries[i]!;
    return e.folder !== null && again.get(n)! > 1 ? `${e.name}（${e.folder} ${e.id}）` : n;
  });
  const out = new Map(entries.map((e, i) => [e.key, names[i]!]));
  const last = count(names);
  for (const [name, n] of last) if (n > 1) throw new Error(`the codebook names "${name}" ${n} times; every code needs a name of its own`);
  return out;
}

/** Where one coding falls in its source, resolved and checked. */
export interface PlacedSpan {
  system: CodeSystem;
  code: Code;
  span: CodedSpan;
  /** [start, end) in code points of the source text. */
  start: number;
  end: number;
  /** Where the sentence or heading (or, for a whole unit, the unit) begins, in code points of the source text. */
  segmentStart: number;
  /** The characters there: the quote, or the whole unit. */
  text: string;
}

/** Counts code points: the code point offset of each UTF-16 offset of a text, refusing one inside a surrogate pair. */
export function codePointOffsets(text: string): (utf16: number) => number {
  // Only texts with characters beyond the BMP need the table; Chinese text rarely has any.
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const table = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = n;
    const c = text.charCodeAt(i);
    // The low half of a pair does not start a code point: mark it so an offset there is refused.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && /[\uD800-\uDBFF]/.test(text[i - 1]!)) table[i] = -1;
    else n++;
  }
  table[text.length] = n;
  return (i) => {
    const at = table[i];
    if (at === undefined || at < 0) throw new Error(`offset ${i} is not at a character boundary`);
    return at;
  };
}

/** Every coding of the given items at its place in its item's text; throws when the words are not there. */
export function placeSpans(systems: readonly CodeSystem[], texts: ReadonlyMap<string, ItemText>): Map<string, PlacedSpan[]> {
  const out = new Map<string, PlacedSpan[]>([...texts.keys()].map((id) => [id, []]));
  const counters = new Map<string, (i: number) => number>();
  const byItem = spansByItem(systems);
  for (const [itemId, item] of texts) {
    for (const { system, code, span } of byItem.get(itemId) ?? []) {
      let range: [number, number] | undefined;
      let from = 0;
      if (span.segment === null) range = span.unit === null ? undefined : item.unitRange(span.unit);
      else {
        const at = item.segmentStart(span.segment);
        if (at !== undefined) range = [at + span.start, at + span.end];
        from = at ?? 0;
      }
      const where = `${span.item} ${span.segment ?? span.unit}: ${system.id} ${code.id}`;
      if (!range) throw new Error(`${where}: no such sentence, heading or unit in the item's text`);
      const words = item.text.slice(...range);
      if (span.segment !== null && words !== span.quote) throw new Error(`${where}: the text there is "${words}", not "${span.quote}"`);
      let count = counters.get(span.item);
      if (!count) counters.set(span.item, (count = codePointOffsets(item.text)));
      out.get(span.item)!.push({
        system,
        code,
        span,
        start: count(range[0]),
        end: count(range[1]),
        segmentStart: count(span.segment === null ? range[0] : from),
        text: words,
      });
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/**
 * Every coding of the code systems grouped by its item, in the systems' order (system, code,
 * coding): worked out once per list of systems, since every document's project places the codings
 * of its own item only, and walking the whole corpus's codings for each would grow with its square.
 */
const grouped = new WeakMap<readonly CodeSystem[], Map<string, Array<{ system: CodeSystem; code: Code; span: CodedSpan }>>>();
function spansByItem(systems: readonly CodeSystem[]) {
  let byItem = grouped.get(systems);
  if (!byItem) {
    grouped.set(systems, (byItem = new Map()));
    for (const system of systems)
      for (const code of system.codes)
        for (const span of code.spans) (byItem.get(span.item) ?? byItem.set(span.item, []).get(span.item)!).push({ system, code, span });
  }
  return byItem;
}

/** One text source: its item, its plain text, the file that holds the text inside the .qdpx. */
export interface ProjectSource {
  entry: CorpusEntry;
  text: ItemText;
}

export interface ProjectInput {
  /** The project's name as the importing program shows it. */
  name: string;
  description: string;
  sources: readonly ProjectSource[];
  systems: readonly CodeSystem[];
  site: string;
}

/** A project: its project.qde and the text of each internal source, by path inside the .qdpx. */
export interface RefiProject {
  qde: string;
  files: Array<{ path: string; text: string }>;
}

/** The variables every source carries (values absent from an item's metadata are left out). */
const VARIABLES = [
  { name: 'item_id', type: 'Text', description: '本站编号（网址里的那一段），如 2024-chanye-gongren' },
  { name: 'kind', type: 'Text', description: '类型编号：opinion, proposal, plan, regulation, explanation, news, photo' },
  { name: 'kind_name', type: 'Text', description: '类型：意见、建议、规划、条例、说明、新闻、图片新闻' },
  { name: 'issuers', type: 'Text', description: '发文机关，以顿号相隔' },
  { name: 'doc_number', type: 'Text', description: '发文字号' },
  { name: 'date', type: 'Date', description: '成文（印发、通过）日期' },
  { name: 'published', type: 'Date', description: '所据刊本的发布日期' },
  { name: 'publisher', type: 'Text', description: '发布者（所据刊本）' },
  { name: 'url', type: 'Text', description: '本站网页' },
] as const;
type VariableName = (typeof VARIABLES)[number]['name'];

function values(entry: CorpusEntry, site: string): Partial<Record<VariableName, string>> {
  const m = entry.meta;
  return {
    item_id: entry.id,
    kind: m.kind,
    kind_name: KIND_NAMES[m.kind],
    ...(m.issuers.length ? { issuers: m.issuers.join('、') } : {}),
    ...(m.docNumber ? { doc_number: m.docNumber } : {}),
    ...(m.date ? { date: m.date } : {}),
    ...(m.published ? { published: m.published } : {}),
    ...(m.publisher ? { publisher: m.publisher } : {}),
    url: absoluteUrl(site, entry.url),
  };
}

/** The file name of an item's text inside the .qdpx, after the specification's GUID naming. */
export const sourceFileName = (item: string) => `${guid('source', item)}.txt`;

/** The project.qde and source files of a set of items. */
export function refiProject(input: ProjectInput): RefiProject {
  const texts = new Map(input.sources.map((s) => [s.entry.id, s.text]));
  const placed = placeSpans(input.systems, texts);
  const codes = input.systems.filter((s) => s.codes.length > 0);
  const names = codebookNames(codes);
  const project = el(
    'Project',
    {
      xmlns: QDA_NAMESPACE,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': `${QDA_NAMESPACE} http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd`,
      name: input.name,
      origin: `政策文件阅读器 policy-reader (${input.site})`,
      creatingUserGUID: userGuid('site'),
    },
    [
      el(
        'Users',
        {},
        QDA_USERS.map((u) => el('User', { guid: userGuid(u.id), name: u.name, id: u.id })),
      ),
      ...(codes.length
        ? [
            el('CodeBook', {}, [
              el(
                'Codes',
                {},
                codes.map((s) => codeFolder(s, names)),
              ),
            ]),
          ]
        : []),
      el(
        'Variables',
        {},
        VARIABLES.map((v) =>
          el('Variable', { guid: guid('variable', v.name), name: v.name, typeOfVariable: v.type }, [desc(v.description)]),
        ),
      ),
      el(
        'Sources',
        {},
        input.sources.map((s) => textSource(s, placed.get(s.entry.id)!, input.site)),
      ),
      desc(input.description),
    ],
  );
  return {
    qde: `<?xml version="1.0" encoding="UTF-8"?>\n${serializeXml(project)}\n`,
    files: input.sources.map((s) => ({ path: `${SOURCES_DIR}/${sourceFileName(s.entry.id)}`, text: s.text.text })),
  };
}

const desc = (text: string) => el('Description', {}, [text]);

/** A code system as a folder code (not codable itself) holding its codes, nested by parent. */
function codeFolder(system: CodeSystem, names: ReadonlyMap<string, string>): XmlElement {
  const children = Map.groupBy(
    system.codes.filter((c) => c.parent !== undefined),
    (c) => c.parent!,
  );
  const color = COLORS[system.id];
  const code = (c: Code): XmlElement =>
    el(
      'Code',
      { guid: guid('code', system.id, c.id), name: names.get(codeKey(system.id, c.id))!, isCodable: String(c.codable !== false), color },
      [desc(c.description), ...(children.get(c.id) ?? []).map(code)],
    );
  return el('Code', { guid: guid('code-system', system.id), name: names.get(codeKey(system.id))!, isCodable: 'false', color }, [
    desc(system.description),
    ...system.codes.filter((c) => c.parent === undefined).map(code),
  ]);
}

function textSource(source: ProjectSource, placed: readonly PlacedSpan[], site: string): XmlElement {
  const { entry } = source;
  const id = entry.id;
  const seen = new Map<string, number>();
  const selections = placed.map((p) => {
    // Two identical codings (same code, words, role and basis) get GUIDs apart by their count.
    const key = [id, p.system.id, p.code.id, p.span.segment ?? p.span.unit ?? '', p.start, p.end, p.span.role ?? '', p.span.basis].join(
      '\u0000',
    );
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const where = p.span.segment ?? `${p.span.unit}（整条）`;
    return el(
      'PlainTextSelection',
      {
        guid: guid('selection', key, n),
        name: p.span.quote || where,
        startPosition: String(p.start),
        endPosition: String(p.end),
        creatingUser: userGuid(p.span.basis),
      },
      [
        desc(`${p.system.name}：${p.code.name}（${p.code.id}）。${p.span.note}。位置：${id}#${where}`),
        el('Coding', { guid: guid('coding', key, n), creatingUser: userGuid(p.span.basis) }, [
          el('CodeRef', { targetGUID: guid('code', p.system.id, p.code.id) }),
        ]),
      ],
    );
  });
  const vals = values(entry, site);
  return el(
    'TextSource',
    { guid: guid('source', id), name: entry.meta.title, plainTextPath: `internal://${sourceFileName(id)}`, creatingUser: userGuid('site') },
    [
      desc(
        `${KIND_NAMES[entry.meta.kind]}《${entry.meta.title}》的正文：底本 ${entry.sourceFile} 中这一篇的文字逐字照录，分栏断词处按网页所示接合（修补 ${entry.repairs.length} 处）。`,
      ),
      ...selections,
      ...VARIABLES.flatMap((v) => {
        const value = vals[v.name];
        if (value === undefined) return [];
        return [
          el('VariableValue', {}, [
            el('VariableRef', { targetGUID: guid('variable', v.name) }),
            el(v.type === 'Date' ? 'DateValue' : 'TextValue', {}, [value]),
          ]),
        ];
      }),
    ],
  );
}
