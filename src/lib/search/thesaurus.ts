// Proves content/thesaurus.yaml against the corpus: every term is in the text. A reader's word
// the texts also use is information, not an error: a new document may use it, and the search
// says it "searched instead for" a term only when nothing matches the typed words literally
// (engine.ts: status found before expanded), so the notice stays true.
import type { YamlWithLines } from '../content/yaml.ts';
import type { Corpus } from '../corpus.ts';
import { type ContentError, ContentErrors } from '../errors.ts';
import { searchUnits } from './indexed-units.ts';
import { fold } from './normalize.ts';
import type { ThesaurusConcept } from './thesaurus-index.ts';
import { Thesaurus } from './thesaurus-schema.ts';

export type ThesaurusFile = YamlWithLines<Thesaurus>;

/** The text the checks search: every sentence, part heading and subheading (not editorial titles). */
export function corpusTexts(corpus: Pick<Corpus, 'entries'>): string[] {
  return searchUnits(corpus.entries).flatMap((u) => u.clauses.filter(([id]) => id !== '').map(([, t]) => t));
}

/** Most concepts one reader's word may stand for (more and the expansion says nothing). */
const MAX_CONCEPTS_PER_WORD = 2;

export function checkThesaurus(file: ThesaurusFile, texts: readonly string[], glossaryIds?: ReadonlySet<string>): ContentError[] {
  const errors: ContentError[] = [];
  const inText = inTexts(texts);
  const ids = new Map<string, number>();
  const wordUses = new Map<string, string[]>();
  const allTerms = new Set(file.data.flatMap((e) => e.terms.map(fold)));
  file.data.forEach((e, i) => {
    if (ids.has(e.id)) errors.push(file.error([i, 'id'], `id "${e.id}" is already used by concept ${ids.get(e.id)! + 1}`));
    ids.set(e.id, i);
    e.terms.forEach((t, j) => {
      if (!inText(t)) errors.push(file.error([i, 'terms', j], `term "${t}" does not occur in the texts`));
    });
    const own = new Set<string>();
    e.reader.forEach((w, j) => {
      const key = fold(w);
      if (own.has(key)) {
        errors.push(file.error([i, 'reader', j], `reader word "${w}" is listed twice`));
        return;
      }
      own.add(key);
      if (allTerms.has(key)) errors.push(file.error([i, 'reader', j], `reader word "${w}" is also listed as a term`));
      const uses = wordUses.get(key) ?? [];
      uses.push(e.id);
      wordUses.set(key, uses);
      if (uses.length > MAX_CONCEPTS_PER_WORD)
        errors.push(
          file.error(
            [i, 'reader', j],
            `reader word "${w}" stands for ${uses.length} concepts (${uses.join(', ')}); at most ${MAX_CONCEPTS_PER_WORD}`,
          ),
        );
    });
    if (e.glossary && glossaryIds && !glossaryIds.has(e.glossary))
      errors.push(file.error([i, 'glossary'], `no glossary entry "${e.glossary}"`));
  });
  return errors;
}

function inTexts(texts: readonly string[]): (s: string) => boolean {
  const folded = texts.map(fold);
  return (s) => folded.some((t) => t.includes(fold(s)));
}

/** Reader words the texts also use (information for whoever keeps the thesaurus), at their lines. */
export function readerWordsInTexts(file: ThesaurusFile, texts: readonly string[]): ContentError[] {
  const inText = inTexts(texts);
  return file.data.flatMap((e, i) =>
    e.reader.flatMap((w, j) =>
      inText(w)
        ? [
            file.error(
              [i, 'reader', j],
              `reader word "${w}" occurs in the texts: search finds it literally, and offers the concept's terms only when nothing matches it literally`,
            ),
          ]
        : [],
    ),
  );
}

/** The checked thesaurus; throws ContentErrors (file:line) when a check fails, and adds reader words of the texts to `notices`. */
export function buildThesaurus(
  file: ThesaurusFile,
  corpus: Pick<Corpus, 'entries'>,
  glossaryIds?: ReadonlySet<string>,
  notices: ContentError[] = [],
): Thesaurus {
  const texts = corpusTexts(corpus);
  const errors = checkThesaurus(file, texts, glossaryIds);
  if (errors.length) throw new ContentErrors(errors);
  notices.push(...readerWordsInTexts(file, texts));
  return file.data;
}

/** What the query layer needs, as the browser receives it. */
export function queryConcepts(thesaurus: Thesaurus): ThesaurusConcept[] {
  return thesaurus.map(({ id, concept, terms, reader }) => ({ id, concept, terms, reader }));
}

/** The words readers use for a glossary term, for its term page (/terms/<id>/). */
export function readerWordsFor(glossaryId: string, thesaurus: Thesaurus): string[] {
  return [...new Set(thesaurus.filter((e) => e.glossary === glossaryId).flatMap((e) => e.reader))];
}
