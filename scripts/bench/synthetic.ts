// Synthetic corpora for the scaling run: the real sources and items, plus generated documents
// shaped like the 2024 opinion (title, date line, preamble, its parts and measures, each measure
// with its lead and its number of sentences). Body sentences are drawn from every opinion of the
// corpus, and in them and in the leads one character of each clause is changed, so the vocabulary
// is the corpus's but no two documents repeat each other word for word, as in a real collection.
//
// With `variants` the generated documents are template variants of the model instead, as real
// collections hold them (a 批复 or 复函 of the same form, a notice issued every year): each
// sentence of the model is kept word for word (VARIANT_SHARES.kept of them), kept with one
// character of each clause changed (.varied), or replaced by a varied sentence of the pool (the
// rest), so every pair of variants shares most of its clauses. What pairs documents (repeated
// passages, comparisons, related links) meets here the case that grows with the square of the
// documents sharing text unless it is bounded per document.
//
// With `verbatimLeads` each measure keeps the model's lead word for word, as the generator did
// before: every generated document then repeats the same 19 lead sentences as every other (each
// copy's margin lists the nearest REPEATED_PER_COPY of the others and counts the rest,
// src/lib/links/repeated-margins.ts; listing them all was 4.5 million links at 500 documents).
//
// The actor registry (with the hand tag files) and the thesaurus are left out (see EXCLUDED);
// every other annotation file is kept, and applies to the real items. With `allAnnotations` they
// are kept too: the generated documents then get machine actor tags, and the reader words the
// altered characters happen to form are build notices. (At 500 documents the build then stops
// on the page bound: /actors/ holds an actor × part matrix for every document, 35.7 MB.)
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type ParsedItem, readItems } from '../../src/lib/content/items.ts';
import { buildCorpus, type DocumentEntry } from '../../src/lib/corpus.ts';
import { opensWithLabel } from '../../src/lib/parse/labels.ts';
import { seededRandom as random } from '../../src/lib/random.ts';

export const MODEL = '2024-chanye-gongren';
/** The items the reader began with (ids dated YYYY-): the five documents and the news beside them. */
export const FIRST_ITEM = /^[0-9]{4}-/u;

/** Leaves in a copied content folder only `items` and their sources. */
export function keepOnly(dir: string, items: readonly ParsedItem[]): void {
  const sources = new Set(items.map((i) => i.meta.source));
  const ids = new Set(items.map((i) => `${i.meta.id}.yaml`));
  for (const f of readdirSync(join(dir, 'items'))) if (!ids.has(f)) rmSync(join(dir, 'items', f));
  for (const f of readdirSync(join(dir, 'sources'))) if (!sources.has(f)) rmSync(join(dir, 'sources', f));
}
const NUMERALS = /[一二三四五六七八九十百零]/;
/** Annotation files left out unless `allAnnotations` (see above). */
const EXCLUDED = ['actors.yaml', 'actor-tags', 'thesaurus.yaml'];

/** One Han character of each clause of six or more, not the sentence's first, changed. */
function vary(sentence: string, hans: string[], next: () => number): string {
  const chars = [...sentence];
  let clauseStart = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && !/[，。；：！？]/.test(chars[i]!)) continue;
    const slots = [];
    for (let j = Math.max(clauseStart, 1); j < i; j++) if (/\p{Script=Han}/u.test(chars[j]!)) slots.push(j);
    if (slots.length >= 6) chars[slots[Math.floor(next() * slots.length)]!] = hans[Math.floor(next() * hans.length)]!;
    clauseStart = i + 1;
  }
  return chars.join('');
}

/** In a template variant (`variants`), the shares of the model's sentences kept word for word and kept with a character of each clause changed; the rest are replaced. */
export const VARIANT_SHARES = { kept: 0.7, varied: 0.2 } as const;

type Shape = 'drawn' | 'verbatimLeads' | 'variants';

function documentText(model: DocumentEntry, title: string, pool: string[], hans: string[], next: () => number, shape: Shape): string {
  const pick = () => vary(pool[Math.floor(next() * pool.length)]!, hans, next);
  // A variant keeps the model's sentence where it stands (word for word or nearly), else another.
  const variant = (text: string) => {
    const r = next();
    return r < VARIANT_SHARES.kept ? text : r < VARIANT_SHARES.kept + VARIANT_SHARES.varied ? vary(text, hans, next) : pick();
  };
  const body = (sentences: ReadonlyArray<{ text: string }>) => sentences.map((s) => (shape === 'variants' ? variant(s.text) : pick()));
  const tree = model.outline;
  const paragraphs = [title];
  if (tree.dateLine) paragraphs.push(tree.dateLine.text);
  if (tree.preamble.length) paragraphs.push(body(tree.preamble).join(''));
  for (const part of tree.parts) {
    paragraphs.push(`${part.numeral}、${part.heading}`);
    if (part.sentences.length) paragraphs.push(body(part.sentences).join(''));
    for (const m of part.measures) {
      const [lead, ...rest] = m.sentences;
      // A variant's lead (the measure's heading sentence) is kept or varied, never replaced: a
      // template keeps its headings.
      const first =
        shape === 'verbatimLeads'
          ? lead!.text
          : shape === 'variants' && next() < VARIANT_SHARES.kept
            ? lead!.text
            : vary(lead!.text, hans, next);
      paragraphs.push(`${m.label}${first}${body(rest).join('')}`);
    }
  }
  return `${paragraphs.join('\n\n')}\n`;
}

export interface SyntheticOptions {
  /** The real content directory the corpus starts from. */
  contentDir?: string;
  /** Keep the model's measure leads word for word in every generated document (see above). */
  verbatimLeads?: boolean;
  /** Generate template variants of the model, which share most of their clauses (see above); wins over verbatimLeads. */
  variants?: boolean;
  /** Keep the actor registry, hand actor tags and thesaurus too (see above). */
  allAnnotations?: boolean;
}

/** Writes a content directory of `total` documents in all. Returns the number generated. */
export function writeSyntheticCorpus(
  dir: string,
  total: number,
  { contentDir = 'content', verbatimLeads = false, variants = false, allAnnotations = false }: SyntheticOptions = {},
): number {
  rmSync(dir, { recursive: true, force: true });
  cpSync(contentDir, dir, { recursive: true, filter: (src) => allAnnotations || !EXCLUDED.includes(basename(src)) });
  // The corpora grow from the five first documents, as they did before the collection came: a
  // size then means the same text on every run, and 10 is not the whole collection of 113.
  const first = readItems(contentDir).filter((i) => FIRST_ITEM.test(i.meta.id));
  keepOnly(dir, first);
  const corpus = buildCorpus(first);
  const model = corpus.documents.find((d) => d.id === MODEL) ?? corpus.documents[0]!;
  // Sentences that open with a label (（3）…) would be read as units where they are put: left out.
  const pool = corpus.documents
    .flatMap((d) => d.measures.flatMap((m) => m.sentences.slice(1).map((s) => s.text)))
    .filter((t) => !opensWithLabel(t));
  const hans = [...pool.join('')].filter((c) => /\p{Script=Han}/u.test(c) && !NUMERALS.test(c));
  const shape: Shape = variants ? 'variants' : verbatimLeads ? 'verbatimLeads' : 'drawn';
  const count = Math.max(0, total - corpus.documents.length);
  for (let i = 1; i <= count; i++) {
    const id = `synthetic-${String(i).padStart(3, '0')}`;
    const title = `${model.outline.printedTitle.text}（合成第${i}号）`;
    writeFileSync(join(dir, 'sources', `${id}.txt`), documentText(model, title, pool, hans, random(i), shape));
    const { meta } = model;
    writeFileSync(
      join(dir, 'items', `${id}.yaml`),
      [
        `# Generated by npm run bench, shaped like ${model.id}.`,
        `id: ${id}`,
        'kind: opinion',
        `source: ${id}.txt`,
        `begins: ${JSON.stringify(title)}`,
        `title: ${JSON.stringify(`${meta.title}（合成第${i}号）`)}`,
        `issuers: ${JSON.stringify(meta.issuers)}`,
        ...(meta.date ? [`date: "${meta.date}"`] : []),
        `published: "${meta.published}"`,
        `publisher: ${JSON.stringify(meta.publisher)}`,
        '',
      ].join('\n'),
    );
  }
  return count;
}
