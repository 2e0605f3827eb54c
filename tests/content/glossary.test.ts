// Content test: the published glossary (content/glossary.yaml) against the published texts.
// Pins that every form of every term occurs in a sentence or heading of ./content where it links
// to its term (no form only found inside a longer one of another term), that every related unit
// exists, and that every definition carries its English gloss after "English:" and keeps none of
// it in the Chinese. How the glossary is checked and matched is tested on tests/fixtures/corpus
// (src/lib/glossary/*.test.ts).
import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../src/lib/glossary/glossary.ts';
import { splitDefinition } from '../../src/lib/glossary/term-page.ts';
import { annotationFile, PROJECT_CONTENT, siteModel } from '../support/site.ts';

const { corpus, glossary } = siteModel(PROJECT_CONTENT);

describe('the published glossary against the published texts', () => {
  it('passes every check', () => {
    expect(checkGlossary(annotationFile(PROJECT_CONTENT, 'glossary', process.cwd()), corpus).map((e) => e.message)).toEqual([]);
  });

  it('splits every definition into a Chinese text with no English left in it', () => {
    for (const t of glossary.terms) expect(splitDefinition(t.definition).zh, t.id).not.toMatch(/English:/);
  });
});
