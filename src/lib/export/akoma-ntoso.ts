import type { DocumentEntry } from '../corpus.ts';
import { itemDate } from '../schema/item-date.ts';
import { KINDS } from '../schema/kind-names.ts';
import type { Sentence } from '../schema/tree.ts';
import type { ArticleNode, TableNode } from '../tree/nodes.ts';
import { type DocUnit, PAGE_KINDS, type UnitKind } from '../units/units.ts';
import { type XmlElement, el, serializeXml } from './xml.ts';
import { absoluteUrl } from '../routes.ts';
import { issuerId } from '../feeds/issuers.ts';

/** Text containers: their content is written on one line so no layout whitespace enters it. */
const INLINE = new Set(['p', 'num', 'heading', 'docTitle', 'docDate']);

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** Our id of a unit and its eId in the Akoma Ntoso export, one to one. */
export interface AknIdPair {
  id: string;
  eId: string;
}

/**
 * eIds after the AKN naming convention, one per unit of the unit list: a part is a chapter
 * (chp_6), a measure a paragraph inside it numbered as printed (chp_6__para_14), the preamble
 * `preamble`; a regulation's chapter is a chapter (chp_2), its article an article (chp_2__art_5;
 * 第十条之一 art_10-1) with its paragraphs (款) chp_2__art_5__para_2 and items (项) points in
 * them (…__para_1__point_3); books, sections, sub-items, boxes and tables nest the same way
 * (book_1__chp_4, chp_3__sec_1__art_57); units outside the numbered body keep their own id
 * (closing, att1, notice).
 */
export function akomaNtosoIds(doc: DocumentEntry): AknIdPair[] {
  return eIdsOf(doc)
    .entries()
    .map(([id, eId]) => ({ id, eId }))
    .toArray();
}

/** Each unit's eId, by unit id: its own (chp_2, art_5, closing) after its parent's, as AKN nests them. */
function eIdsOf(doc: DocumentEntry): Map<string, string> {
  const ids = new Map<string, string>();
  for (const u of doc.units.list) {
    const parent = u.parent ? doc.units.byId.get(u.parent) : undefined;
    // The document a notice issues is numbered as it would be standing alone; a second one
    // (`issued2`) within its own container, so no eId repeats (issued2__chp_1).
    const alone = parent?.kind === 'issued' && parent.id === 'issued';
    ids.set(u.id, parent && !alone ? `${ids.get(parent.id)}__${ownEid(u)}` : ownEid(u));
  }
  return ids;
}

const ABBR: Partial<Record<UnitKind, string>> = {
  part: 'chp',
  chapter: 'chp',
  book: 'book',
  section: 'sec',
  measure: 'para',
  point: 'para',
  article: 'art',
  subitem: 'point',
  box: 'hcontainer',
  table: 'table',
};

function ownEid(u: DocUnit): string {
  const abbr = ABBR[u.kind];
  // Inside a second issued document the unit ids carry d2-; its container's eId says where it is.
  if (!abbr || u.n === null) return u.id.replace(/^d[0-9]+-/u, '');
  // A part printed with the number of the one before it (p4-2, a recorded doubt) keeps its own eId: chp_4-2.
  const repeat = u.kind === 'part' ? /^p[0-9]+-([0-9]+)$/u.exec(u.id)?.[1] : undefined;
  return `${abbr}_${u.n}${u.sub ? `-${u.sub}` : ''}${repeat ? `-${repeat}` : ''}`;
}

export interface AknOptions {
  site: string;
  /** Date the XML was produced (FRBRManifestation); defaults to the publication date so builds repeat. */
  generated?: string;
  /**
   * The actor registry's id of a body by a name the texts write (its name or an alias), so a body
   * has the same reference in every file (registryIds); a name the registry lacks gets its pinyin.
   */
  bodyId?: ((name: string) => string | undefined) | undefined;
}

/**
 * Registry ids by every name and alias an entry gives, for AknOptions.bodyId. A name two entries
 * give (an alias of a collective and the name of a single body) goes to the one with a level (a
 * single named body), else to the first.
 */
export function registryIds(registry: ReadonlyArray<{ id: string; name: string; aliases: readonly string[]; level?: string | undefined }>) {
  const ids = new Map<string, string>();
  for (const single of [true, false])
    for (const a of registry)
      if ((a.level !== undefined) === single) for (const name of [a.name, ...a.aliases]) if (!ids.has(name)) ids.set(name, a.id);
  return (name: string) => ids.get(name);
}

/** A body or person the metadata refers to: its eId in the file, its ontology href (the same in every file), its name. */
interface Reference {
  eId: string;
  href: string;
  name: string;
  person: boolean;
}

/**
 * The work's URI: /akn/cn/act/<date>/<our id> for a law or regulation, /akn/cn/doc/<kind>/<date>/<our
 * id> otherwise; `nd` stands for the date of a text that carries none.
 */
export function akomaNtosoWorkUri(doc: DocumentEntry): string {
  const type = KINDS[doc.meta.kind].act ? 'act' : `doc/${doc.meta.kind}`;
  return `/akn/cn/${type}/${itemDate(doc.meta) ?? 'nd'}/${doc.id}`;
}

/**
 * Akoma Ntoso requires a day in every FRBRdate. A text that carries no date (and came with none)
 * gets this sentinel with the name `unknown`, so no reader takes it for a real day; the site shows
 * such a text as undated.
 */
const UNKNOWN_DATE = { date: '0001-01-01', name: 'unknown' };

/**
 * A document as an Akoma Ntoso 3.0 `act` (laws and regulations) or `doc name="<kind>"`:
 * metadata, preface, preamble, the body (every unit of the unit list, nested as printed), and the
 * signature as conclusions.
 */
export function akomaNtosoXml(doc: DocumentEntry, options: AknOptions): string {
  const act = KINDS[doc.meta.kind].act === true;
  const eIds = eIdsOf(doc);
  const top = doc.units.list.filter((u) => u.parent === null);
  // A text that is paragraphs only (a communiqué) has them as its body, not as a preamble to nothing.
  const rest = top.filter((u) => u.kind !== 'preamble' && u.kind !== 'signature');
  const preamble = rest.length ? top.filter((u) => u.kind === 'preamble') : [];
  const body = rest.length ? rest : top.filter((u) => u.kind === 'preamble');
  const signatures = top.filter((u) => u.kind === 'signature');
  const content = [
    meta(doc, options),
    preface(doc),
    ...preamble.map((u) => el('preamble', { eId: 'preamble' }, paragraphs(u.sentences))),
    el(
      act ? 'body' : 'mainBody',
      {},
      body.map((u) => unitElement(doc, u, eIds)),
    ),
    ...(signatures.length
      ? [
          el(
            'conclusions',
            {},
            signatures.flatMap((u) => u.lines.map((l) => el('p', {}, [l.text]))),
          ),
        ]
      : []),
  ];
  const root = el('akomaNtoso', { xmlns: AKN_NAMESPACE }, [
    act ? el('act', { name: doc.meta.kind }, content) : el('doc', { name: doc.meta.kind }, content),
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeXml(root, '', INLINE)}\n`;
}

function meta(doc: DocumentEntry, options: AknOptions): XmlElement {
  const { meta: m } = doc;
  const work = akomaNtosoWorkUri(doc);
  const expression = `${work}/zho@${m.published ?? ''}`;
  const published = m.published ? { date: m.published, name: 'publication' } : UNKNOWN_DATE;
  const workDate = m.date ? { date: m.date, name: 'issued' } : m.published ? { date: m.published, name: 'published' } : UNKNOWN_DATE;
  // A reference's id is the registry's (central-committee for 中共中央) or the name's pinyin, so a
  // body is the same TLC in every file; a speaker (说明人, 讲话人) is a person, not an organisation.
  const refs = new Map<string, Reference>();
  const ref = (name: string, person: boolean): Reference => {
    const id = (person ? undefined : options.bodyId?.(name)) ?? issuerId(name);
    let r = refs.get(id);
    if (!r) refs.set(id, (r = { eId: id, href: `/ontology/${person ? 'person' : 'organization'}/cn/${id}`, name, person }));
    return r;
  };
  const byPerson = KINDS[m.kind].author === 'person';
  // A work needs an author; a text that names none (a charter, a constitution reprinted bare) says so.
  const issuers = m.issuers.length
    ? [...new Set(m.issuers.map((name) => ref(name, byPerson)))]
    : [{ eId: 'unknown-author', href: '/ontology/organization/cn/unknown-author', name: '未注明', person: false }];
  // A text taken from its issuers' own copy has no other publisher: they published it.
  const publisher = m.publisher ?? (m.issuers.join('、') || '发文机关');
  const publisherRef = m.publisher ? ref(m.publisher, false) : issuers[0]!;
  return el('meta', {}, [
    el('identification', { source: '#policy-reader' }, [
      el('FRBRWork', {}, [
        el('FRBRthis', { value: `${work}/!main` }),
        el('FRBRuri', { value: work }),
        el('FRBRdate', workDate),
        ...issuers.map((i) => el('FRBRauthor', { href: `#${i.eId}` })),
        el('FRBRcountry', { value: 'cn' }),
        el('FRBRsubtype', { value: m.kind }),
        el('FRBRnumber', { value: m.docNumber ?? doc.id }),
        el('FRBRname', { value: m.title }),
      ]),
      el('FRBRExpression', {}, [
        el('FRBRthis', { value: `${expression}/!main` }),
        el('FRBRuri', { value: expression }),
        el('FRBRdate', published),
        el('FRBRauthor', { href: `#${publisherRef.eId}` }),
        el('FRBRlanguage', { language: 'zho' }),
      ]),
      el('FRBRManifestation', {}, [
        el('FRBRthis', { value: `${expression}/!main.xml` }),
        el('FRBRuri', { value: `${expression}.akn` }),
        el(
          'FRBRdate',
          options.generated
            ? { date: options.generated, name: 'generation' }
            : m.published
              ? { date: m.published, name: 'generation' }
              : UNKNOWN_DATE,
        ),
        el('FRBRauthor', { href: '#policy-reader' }),
        el('FRBRformat', { value: 'application/akn+xml' }),
      ]),
    ]),
    el('publication', { date: published.date, name: published === UNKNOWN_DATE ? 'unknown' : 'publisher', showAs: publisher }),
    el('references', { source: '#policy-reader' }, [
      ...[...new Set([...issuers, publisherRef])].map((r) =>
        el(r.person ? 'TLCPerson' : 'TLCOrganization', { eId: r.eId, href: r.href, showAs: r.name }),
      ),
      el('TLCOrganization', { eId: 'policy-reader', href: absoluteUrl(options.site, '/'), showAs: 'policy-reader' }),
    ]),
  ]);
}

function preface(doc: DocumentEntry): XmlElement {
  const { printedTitle, dateLine } = doc.outline;
  return el('preface', {}, [
    el('longTitle', {}, [el('p', {}, [el('docTitle', {}, [printedTitle.text])])]),
    ...(dateLine ? [el('p', {}, [el('docDate', { date: dateLine.date }, [dateLine.text])])] : []),
  ]);
}

/** One unit as its AKN element, with the units inside it. */
function unitElement(doc: DocumentEntry, u: DocUnit, eIds: ReadonlyMap<string, string>): XmlElement {
  const eId = eIds.get(u.id)!;
  const inner = doc.units.list.filter((c) => c.parent === u.id);
  if (u.kind === 'article') return article(eId, u.label, u.node as ArticleNode);
  if (u.kind === 'table') return el('hcontainer', { eId, name: 'table' }, [el('content', { eId: `${eId}__content` }, tableRows(u))]);
  const element = ELEMENT[u.kind] ?? 'hcontainer';
  const attrs = element === 'hcontainer' ? { eId, name: u.kind } : { eId };
  // A measure's run-in lead (its first sentence) becomes its heading; the rest its content.
  const lead = PAGE_KINDS.has(u.kind) && u.heading !== null && u.sentences.length > 1;
  const own = lead ? u.sentences.slice(1) : u.sentences;
  const head = [
    ...(u.label ? [el('num', {}, [u.label])] : []),
    ...(lead
      ? [el('heading', {}, [u.sentences[0]!.text])]
      : u.heading && !PAGE_KINDS.has(u.kind) && u.heading !== u.label
        ? [el('heading', {}, [u.heading])]
        : []),
  ];
  if (inner.length === 0) return el(element, attrs, [...head, el('content', { eId: `${eId}__content` }, paragraphs(own, u.lines))]);
  const intro = own.length ? [el('intro', { eId: `${eId}__intro` }, paragraphs(own))] : [];
  return el(element, attrs, [...head, ...intro, ...inner.map((c) => unitElement(doc, c, eIds))]);
}

/** The AKN element of each kind of unit; the others are `hcontainer name="<kind>"`. */
const ELEMENT: Partial<Record<UnitKind, string>> = {
  part: 'chapter',
  chapter: 'chapter',
  book: 'book',
  section: 'section',
  measure: 'paragraph',
  point: 'paragraph',
  subitem: 'point',
};

/** A table's rows as paragraphs of cells: AKN's own table model would need the HTML row structure we keep only as lines. */
function tableRows(u: DocUnit): XmlElement[] {
  const node = u.node as TableNode;
  return [
    ...(node.caption ? [el('p', {}, [node.caption.text])] : []),
    ...node.rows.map((row) => el('p', {}, [row.map((c) => c.text).join(' | ')])),
  ];
}

/** Sentences grouped back into their printed paragraphs (a unit with no sentences: its printed lines). */
function paragraphs(sentences: readonly Sentence[], lines: ReadonlyArray<{ text: string }> = []): XmlElement[] {
  if (sentences.length === 0) return lines.length ? lines.map((l) => el('p', {}, [l.text])) : [el('p', {}, [])];
  return [...Map.groupBy(sentences, (s) => s.paragraph).values()].map((group) => el('p', {}, [group.map((s) => s.text).join('')]));
}

/** An article: its paragraphs (款), each with its own text and the items (项) it lists as points. */
function article(eId: string, label: string, node: ArticleNode): XmlElement {
  return el('article', { eId }, [
    el('num', {}, [label]),
    ...node.children.map((clause) => {
      const paraId = `${eId}__para_${clause.n}`;
      const own = clause.children.flatMap((c) => (c.type === 'sentence' ? [c.text] : []));
      const items = clause.children.flatMap((c) => (c.type === 'item' ? [c] : []));
      const content = own.length ? [el('content', { eId: `${paraId}__content` }, [el('p', {}, [own.join('')])])] : [];
      const points = items.map((item) => {
        const pointId = `${paraId}__point_${item.n}`;
        const text = item.children.flatMap((c) => (c.type === 'sentence' ? [c.text] : [])).join('');
        const subs = item.children.flatMap((c) => (c.type === 'subitem' ? [c] : []));
        if (subs.length === 0)
          return el('point', { eId: pointId }, [
            el('num', {}, [item.label]),
            el('content', { eId: `${pointId}__content` }, [el('p', {}, [text])]),
          ]);
        // An item's sub-items (目) are the points of its own list, introduced by the item's text.
        const listId = `${pointId}__list_1`;
        return el('point', { eId: pointId }, [
          el('num', {}, [item.label]),
          el('list', { eId: listId }, [
            ...(text ? [el('intro', { eId: `${listId}__intro` }, [el('p', {}, [text])])] : []),
            ...subs.map((sub) =>
              el('point', { eId: `${listId}__point_${sub.n}` }, [
                el('num', {}, [sub.label]),
                el('content', { eId: `${listId}__point_${sub.n}__content` }, [
                  el('p', {}, [sub.children.flatMap((p) => p.children.map((s) => s.text)).join('')]),
                ]),
              ]),
            ),
          ]),
        ]);
      });
      // Items (项) are the points of a list, introduced by the paragraph's own text (AKN's list > intro, point).
      const intro = own.length ? [el('intro', { eId: `${paraId}__list_1__intro` }, [el('p', {}, [own.join('')])])] : [];
      return el('paragraph', { eId: paraId }, points.length ? [el('list', { eId: `${paraId}__list_1` }, [...intro, ...points])] : content);
    }),
  ]);
}
