import type { DocumentEntry } from '../corpus.ts';
import type { Measure, Part, Sentence } from '../schema/tree.ts';
import type { ArticleNode } from '../tree/nodes.ts';
import { type XmlElement, el, serializeXml } from './xml.ts';
import { absoluteUrl } from '../routes.ts';

/** Text containers: their content is written on one line so no layout whitespace enters it. */
const INLINE = new Set(['p', 'num', 'heading', 'docTitle', 'docDate']);

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** Our id of a unit and its eId in the Akoma Ntoso export, one to one. */
export interface AknIdPair {
  id: string;
  eId: string;
}

/**
 * eIds after the AKN naming convention: a part is a chapter (chp_6), a measure a paragraph
 * inside it numbered as printed (chp_6__para_14), the preamble `preamble`; a regulation's chapter
 * is a chapter (chp_2), its article an article (chp_2__art_5) with its paragraphs (款)
 * chp_2__art_5__para_2, its items (项) points in them (…__para_1__point_3).
 */
export function akomaNtosoIds(doc: DocumentEntry): AknIdPair[] {
  return [
    ...(doc.outline.preamble.length ? [{ id: 'preamble', eId: 'preamble' }] : []),
    ...doc.outline.parts.flatMap((p) => [
      { id: p.id, eId: chapterEid(p) },
      ...p.measures.map((m) => ({ id: m.id, eId: paragraphEid(p, m) })),
    ]),
  ];
}

const chapterEid = (p: Part) => `chp_${p.n}`;
const paragraphEid = (p: Part, m: Measure) => `${chapterEid(p)}__${m.kind === 'article' ? 'art' : 'para'}_${m.n}`;

export interface AknOptions {
  site: string;
  /** Date the XML was produced (FRBRManifestation); defaults to the publication date so builds repeat. */
  generated?: string;
}

/** The work's URI: /akn/cn/doc/opinion/<date>/<our id>. */
export function akomaNtosoWorkUri(doc: DocumentEntry): string {
  return `/akn/cn/doc/opinion/${doc.meta.date ?? doc.meta.published}/${doc.id}`;
}

/** An opinion as an Akoma Ntoso 3.0 `doc` (name="opinion"): metadata, preface, preamble, parts and measures. */
export function akomaNtosoXml(doc: DocumentEntry, options: AknOptions): string {
  const root = el('akomaNtoso', { xmlns: AKN_NAMESPACE }, [
    el('doc', { name: 'opinion' }, [meta(doc, options), preface(doc), ...preamble(doc), mainBody(doc)]),
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeXml(root, '', INLINE)}\n`;
}

function meta(doc: DocumentEntry, options: AknOptions): XmlElement {
  const { meta: m } = doc;
  const work = akomaNtosoWorkUri(doc);
  const expression = `${work}/zho@${m.published}`;
  const issuers = m.issuers.map((name, i) => ({ eId: `issuer-${i + 1}`, name }));
  return el('meta', {}, [
    el('identification', { source: '#policy-reader' }, [
      el('FRBRWork', {}, [
        el('FRBRthis', { value: `${work}/!main` }),
        el('FRBRuri', { value: work }),
        el('FRBRdate', { date: m.date ?? m.published, name: m.date ? 'issued' : 'published' }),
        ...issuers.map((i) => el('FRBRauthor', { href: `#${i.eId}` })),
        el('FRBRcountry', { value: 'cn' }),
        el('FRBRsubtype', { value: 'opinion' }),
        el('FRBRnumber', { value: m.docNumber ?? doc.id }),
        el('FRBRname', { value: m.title }),
      ]),
      el('FRBRExpression', {}, [
        el('FRBRthis', { value: `${expression}/!main` }),
        el('FRBRuri', { value: expression }),
        el('FRBRdate', { date: m.published, name: 'publication' }),
        el('FRBRauthor', { href: '#publisher' }),
        el('FRBRlanguage', { language: 'zho' }),
      ]),
      el('FRBRManifestation', {}, [
        el('FRBRthis', { value: `${expression}/!main.xml` }),
        el('FRBRuri', { value: `${expression}.akn` }),
        el('FRBRdate', { date: options.generated ?? m.published, name: 'generation' }),
        el('FRBRauthor', { href: '#policy-reader' }),
        el('FRBRformat', { value: 'application/akn+xml' }),
      ]),
    ]),
    el('publication', { date: m.published, name: 'publisher', showAs: m.publisher }),
    el('references', { source: '#policy-reader' }, [
      ...issuers.map((i) => el('TLCOrganization', { eId: i.eId, href: `/ontology/organization/cn/${i.eId}`, showAs: i.name })),
      el('TLCOrganization', { eId: 'publisher', href: '/ontology/organization/cn/publisher', showAs: m.publisher }),
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

/** Sentences grouped back into their printed paragraphs. */
function paragraphs(sentences: readonly Sentence[]): XmlElement[] {
  return [...Map.groupBy(sentences, (s) => s.paragraph).values()].map((group) => el('p', {}, [group.map((s) => s.text).join('')]));
}

function preamble(doc: DocumentEntry): XmlElement[] {
  return doc.outline.preamble.length ? [el('preamble', { eId: 'preamble' }, paragraphs(doc.outline.preamble))] : [];
}

function mainBody(doc: DocumentEntry): XmlElement {
  return el(
    'mainBody',
    {},
    doc.outline.parts.map((p) => {
      const eId = chapterEid(p);
      const head = [el('num', {}, [p.kind === 'chapter' ? p.label! : `${p.numeral}、`]), el('heading', {}, [p.heading])];
      if (p.measures.length === 0)
        return el('chapter', { eId }, [...head, el('content', { eId: `${eId}__content` }, paragraphs(p.sentences))]);
      const intro = p.sentences.length ? [el('intro', { eId: `${eId}__intro` }, paragraphs(p.sentences))] : [];
      return el('chapter', { eId }, [...head, ...intro, ...p.measures.map((m) => measure(p, m))]);
    }),
  );
}

/** A measure's run-in lead (its first sentence) becomes its heading; the rest its content. */
function measure(p: Part, m: Measure): XmlElement {
  const eId = paragraphEid(p, m);
  if (m.node.type === 'article') return article(eId, m.label, m.node);
  const hasHeading = m.lead !== null && m.sentences.length > 1;
  const body = hasHeading ? m.sentences.slice(1) : m.sentences;
  return el('paragraph', { eId }, [
    el('num', {}, [m.label]),
    ...(hasHeading ? [el('heading', {}, [m.sentences[0]!.text])] : []),
    el('content', { eId: `${eId}__content` }, paragraphs(body)),
  ]);
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
      const points = items.map((item) =>
        el('point', { eId: `${paraId}__point_${item.n}` }, [
          el('num', {}, [item.label]),
          el('content', { eId: `${paraId}__point_${item.n}__content` }, [el('p', {}, [item.children.map((s) => s.text).join('')])]),
        ]),
      );
      // Items (项) are the points of a list, introduced by the paragraph's own text (AKN's list > intro, point).
      const intro = own.length ? [el('intro', { eId: `${paraId}__list_1__intro` }, [el('p', {}, [own.join('')])])] : [];
      return el('paragraph', { eId: paraId }, points.length ? [el('list', { eId: `${paraId}__list_1` }, [...intro, ...points])] : content);
    }),
  ]);
}
