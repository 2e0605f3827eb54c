import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotationFile, FIXTURE_CORPUS, siteModel } from '../support/site.ts';
import { ContentErrors } from '../../src/lib/errors.ts';
import {
  buildThesaurus,
  checkThesaurus,
  corpusTexts,
  queryConcepts,
  readerWordsFor,
  readerWordsInTexts,
} from '../../src/lib/search/thesaurus.ts';

const { corpus, glossary: siteGlossary, thesaurus } = siteModel(FIXTURE_CORPUS);
const thesaurusFile = annotationFile(FIXTURE_CORPUS, 'thesaurus', process.cwd());
const texts = corpusTexts(corpus);

/** A thesaurus file in a temporary content directory. */
function fixture(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'thesaurus-'));
  writeFileSync(join(dir, 'thesaurus.yaml'), yaml);
  return { dir, file: annotationFile(dir, 'thesaurus') };
}

const entry = (id: string, terms: string, reader: string, extra = '  rationale: r\n') =>
  `- id: ${id}\n  concept: c\n  terms: ${terms}\n  reader: ${reader}\n  kind: colloquial\n${extra}`;

describe('the thesaurus of a content directory (tests/fixtures/corpus)', () => {
  it('passes its checks against the corpus and the glossary, and is built as written', () => {
    const glossary = new Set(siteGlossary.terms.map((t) => t.id));
    expect(buildThesaurus(thesaurusFile, corpus, glossary)).toEqual(thesaurusFile.data);
    expect(() => buildThesaurus(thesaurusFile, corpus, new Set(['daguo-gongjiang']))).toThrow(/no glossary entry "xin-jiuye-xingtai"/);
  });

  it('searches sentences, part headings and subheadings, not editorial titles', () => {
    expect(texts).toContain('二、完善技能培训体系');
    expect(texts).toContain('设备更新项目清单已下达');
    expect(texts).not.toContain('国家发展改革委有关负责人谈经济运行和设备更新政策');
  });

  it('gives the term pages the words readers use', () => {
    expect(readerWordsFor('xin-jiuye-xingtai', thesaurus)).toEqual(['外卖骑手', '快递员', '网约车司机']);
    expect(readerWordsFor('no-such-term', thesaurus)).toEqual([]);
  });

  it('sends the browser only what the query layer needs', () => {
    const concepts = queryConcepts(thesaurus);
    expect(Object.keys(concepts[0]!).sort()).toEqual(['concept', 'id', 'reader', 'terms']);
  });
});

describe('checkThesaurus', () => {
  it('accepts terms in the text and reader words not in it', () => {
    expect(checkThesaurus(fixture(entry('a', '[一函两书]', '[工会意见书]')).file, texts)).toEqual([]);
  });

  it('reports, at its line, a term the texts do not contain', () => {
    const [e] = checkThesaurus(fixture(entry('a', '[一函两书, 区块链技术]', '[x词]')).file, texts);
    expect(e?.message).toBe('thesaurus.yaml:3: term "区块链技术" does not occur in the texts');
  });

  it('reports a reader word that occurs in the texts (also in other letter case or width) as information, not an error', () => {
    const file = fixture(entry('a', '[一函两书]', '[x词, Ｐ２Ｐ平台企业]')).file;
    expect(checkThesaurus(file, [...texts, 'p2p平台企业'])).toEqual([]);
    expect(readerWordsInTexts(file, [...texts, 'p2p平台企业']).map((e) => e.message)).toEqual([
      expect.stringMatching(/^thesaurus\.yaml:\d+: reader word "Ｐ２Ｐ平台企业" occurs in the texts/),
    ]);
    const inCorpus = readerWordsInTexts(fixture(entry('a', '[一函两书]', '[工会]')).file, texts);
    expect(inCorpus[0]?.problem).toContain('reader word "工会" occurs in the texts');
  });

  it('reports repeated ids, repeated words, words for too many concepts and unknown glossary entries', () => {
    const yaml =
      entry('a', '[一函两书]', '[甲词, 甲词]') +
      entry('a', '[新八级工]', '[甲词]') +
      entry('b', '[大国工匠]', '[甲词]', '  rationale: r\n  glossary: nope\n');
    const problems = checkThesaurus(fixture(yaml).file, texts, new Set(['yes'])).map((e) => `${e.line}: ${e.problem}`);
    expect(problems).toEqual([
      '4: reader word "甲词" is listed twice',
      '7: id "a" is already used by concept 1',
      '16: reader word "甲词" stands for 3 concepts (a, a, b); at most 2',
      '19: no glossary entry "nope"',
    ]);
  });

  it('requires known kinds and a rationale or a source (schema errors at their line)', () => {
    const problems = (yaml: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'thesaurus-'));
      writeFileSync(join(dir, 'thesaurus.yaml'), yaml);
      try {
        annotationFile(dir, 'thesaurus');
        return [];
      } catch (e) {
        expect(e).toBeInstanceOf(ContentErrors);
        return (e as ContentErrors).errors.map((x) => x.message);
      }
    };
    const head = '- id: a\n  concept: c\n  terms: [一函两书]\n  reader: [x词]\n';
    expect(problems(`${head}  kind: slang\n  rationale: r\n`)).toEqual([expect.stringMatching(/^thesaurus\.yaml:5: 0\.kind: /)]);
    expect(problems(`${head}  kind: synonym\n`)).toEqual([expect.stringContaining('each concept needs a rationale or a source')]);
    expect(problems(`${head}  kind: synonym\n  source: 《意见》\n`)).toEqual([]);
  });
});
