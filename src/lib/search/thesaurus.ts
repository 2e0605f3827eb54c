// Proves content/thesaurus.yaml against the corpus: every term is in the text,
// no reader's word is (else searching it literally would already work, and the "searched
// instead for" notice would be a lie).
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
  const folded = texts.map(fold);
  const inText = (s: string) => folded.some((t) => t.includes(fold(s)));
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
      if (inText(w))
        errors.push(
          file.error([i, 'reader', j], `reader word "${w}" occurs in the texts: search finds it literally, so it must not be expanded`),
        );
      else if (allTerms.has(key)) errors.push(file.error([i, 'reader', j], `reader word "${w}" is also listed as a term`));
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

/** The checked thesaurus; throws ContentErrors (file:line) when a check fails. */
export function buildThesaurus(file: ThesaurusFile, corpus: Pick<Corpus, 'entries'>, glossaryIds?: ReadonlySet<string>): Thesaurus {
  const errors = checkThesaurus(file, corpusTexts(corpus), glossaryIds);
  if (errors.length) throw new ContentErrors(errors);
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
