import type { Corpus, DocumentEntry, NewsEntry } from '../corpus.ts';

import { type GlossaryIndex } from '../glossary/glossary.ts';
import type { Sentence } from '../schema/tree.ts';
import type { CorpusExport, ExportSentence } from './schema.ts';
import { absoluteUrl, termUrl } from '../routes.ts';
import { isDocumentKind } from '../schema/item-meta.ts';
import { KIND_NAMES } from '../schema/kind-names.ts';
import { UNIT_NAMES } from '../schema/unit-words.ts';

export interface CorpusExportInput {
  corpus: Pick<Corpus, 'documents' | 'news'>;
  site: string;
  glossary?: GlossaryIndex;
  /** From src/lib/actors, when available: at least {id, name} each. */
  actors?: ReadonlyArray<{ id: string; name: string } & Record<string, unknown>>;
  notes?: ReadonlyArray<{ id: string } & Record<string, unknown>>;
}

/** The whole corpus as one JSON-ready object (see schema.ts for its published shape). */
export function corpusExport(input: CorpusExportInput): CorpusExport {
  const { corpus, site, glossary } = input;
  return {
    format: 'policy-reader-corpus',
    version: 2,
    site: absoluteUrl(site, '/'),
    documents: corpus.documents.map((d) => exportDocument(d, site)),
    news: corpus.news.map((n) => exportNews(n, site)),
    terms: (glossary?.terms ?? []).map((t) => ({
      id: t.id,
      term: t.term,
      forms: t.forms,
      definition: t.definition,
      english: t.english,
      source: t.source,
      related: t.related,
      url: absoluteUrl(site, termUrl(t.id)),
      occurrences: glossary!.mentionsOf(t.id).map((m) => ({
        ref: `${m.item}#${m.segment}`,
        url: absoluteUrl(site, m.url),
        form: m.form,
        start: m.start,
        end: m.end,
        first: m.first,
      })),
    })),
    ...(input.actors ? { actors: input.actors.map((a) => ({ ...a })) } : {}),
    ...(input.notes ? { notes: input.notes.map((n) => ({ ...n })) } : {}),
  };
}

/** Omits keys whose value is undefined, so optional fields are absent rather than null. */
function defined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const sentence =
  (item: string, page: string, site: string) =>
  (s: Sentence): ExportSentence => ({
    id: s.id,
    ref: `${item}#${s.id}`,
    url: absoluteUrl(site, `${page}#${s.id}`),
    text: s.text,
    span: s.span,
    paragraph: s.paragraph,
    line: s.line,
  });

function itemBase(e: DocumentEntry | NewsEntry, site: string) {
  const { meta } = e;
  return defined({
    id: e.id,
    title: meta.title,
    titleEditorial: meta.titleEditorial,
    published: meta.published,
    publisher: meta.publisher,
    place: meta.place,
    summary: meta.summary,
    url: absoluteUrl(site, e.url),
    source: { file: e.sourceFile, slice: e.slice },
    repairs: e.repairs,
  });
}

function exportDocument(doc: DocumentEntry, site: string): CorpusExport['documents'][number] {
  const { meta, outline: tree } = doc;
  if (!isDocumentKind(meta.kind)) throw new Error(`${doc.id} is parsed as a document but its kind is ${meta.kind}`);
  return {
    ...itemBase(doc, site),
    ...defined({
      kind: meta.kind as Exclude<typeof meta.kind, 'news' | 'photo'>,
      kindName: KIND_NAMES[meta.kind],
      shortTitle: meta.shortTitle,
      issuers: meta.issuers,
      docNumber: meta.docNumber,
      date: meta.date,
      titleFrom: tree.titleFrom,
      indexNumber: meta.indexNumber,
      topic: meta.topic,
      sourceUrl: meta.sourceUrl,
    }),
    // A title the text does not print is not its printed title: the export says so, and where it came from.
    printedTitle: tree.titleFrom ? null : tree.printedTitle.text,
    dateLine: tree.dateLine?.text ?? null,
    units: doc.units.list.map((u) => ({
      id: u.id,
      ref: u.key,
      kind: u.kind,
      kindName: UNIT_NAMES[u.kind],
      label: u.label,
      heading: u.heading,
      n: u.n,
      parent: u.parent,
      part: u.part,
      url: absoluteUrl(site, u.url),
      sentences: u.sentences.map(sentence(doc.id, u.page, site)),
      lines: u.lines.map((l) => ({ text: l.text, span: l.span })),
    })),
  };
}

function exportNews(news: NewsEntry, site: string): CorpusExport['news'][number] {
  const kind = news.meta.kind;
  if (kind !== 'news' && kind !== 'photo') throw new Error(`${news.id} is parsed as news but its kind is ${kind}`);
  return {
    ...itemBase(news, site),
    published: news.meta.published,
    ...defined({ kind, credit: news.meta.credit }),
    blocks: news.outline.blocks.map((b) =>
      b.type === 'subheading'
        ? { type: 'subheading' as const, id: b.id, text: b.text, url: absoluteUrl(site, `${news.url}#${b.id}`) }
        : { type: 'paragraph' as const, sentences: b.sentences.map(sentence(news.id, news.url, site)) },
    ),
  };
}

/** The export as the file /data/corpus.json holds it. */
export const corpusJson = (input: CorpusExportInput) => `${JSON.stringify(corpusExport(input), null, 2)}\n`;
