// Content test: the published thesaurus (content/thesaurus.yaml) against the published texts and
// glossary. Pins that every term occurs in ./content, that no reader's word does (in any letter
// case or width), that no reader's word stands for more than two concepts and that every glossary
// entry named exists. How the thesaurus is checked is tested on tests/fixtures/corpus
// (tests/unit/search-thesaurus.test.ts).
import { describe, expect, it } from 'vitest';
import { buildThesaurus } from '../../src/lib/search/thesaurus.ts';
import { annotationFile, PROJECT_CONTENT, siteModel } from '../support/site.ts';

const { corpus, glossary } = siteModel(PROJECT_CONTENT);

describe('the published thesaurus', () => {
  it('passes its checks against the corpus and the glossary', () => {
    const ids = new Set(glossary.terms.map((t) => t.id));
    expect(() => buildThesaurus(annotationFile(PROJECT_CONTENT, 'thesaurus', process.cwd()), corpus, ids)).not.toThrow();
  });
});
