import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotationFile, FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { ContentErrors } from '../errors.ts';
import { buildGlossary, checkGlossary } from './glossary.ts';
import { findMentions } from './mentions.ts';
import type { Segment } from './segments.ts';

const { corpus, glossary } = siteModel(FIXTURE_CORPUS);

/** A glossary file in a temporary content directory. */
function fixture(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
  writeFileSync(join(dir, 'glossary.yaml'), yaml);
  return annotationFile(dir, 'glossary');
}

const entry = (id: string, forms: string, related = '[]') =>
  `- id: ${id}\n  term: x\n  forms: ${forms}\n  definition: d\n  english: e\n  source: s\n  related: ${related}\n`;

const seg = (id: string, text: string, scope = 'doc#m1'): Segment => ({
  item: 'doc',
  id,
  kind: 'sentence',
  text,
  scope,
  unit: null,
  url: `/u/#${id}`,
});

describe('findMentions', () => {
  const terms = [
    { id: 'xjy', forms: ['新就业形态', '新就业形态劳动者'] },
    { id: 'ldz', forms: ['劳动者'] },
  ];

  it('takes the longest form first and never overlaps', () => {
    const found = findMentions(terms, [seg('s1', '新就业形态劳动者和其他劳动者')]);
    expect(found.map((m) => [m.term, m.form, m.start, m.end])).toEqual([
      ['xjy', '新就业形态劳动者', 0, 8],
      ['ldz', '劳动者', 11, 14],
    ]);
  });

  it('marks only the first mention of a term in each scope', () => {
    const found = findMentions(terms, [seg('s1', '劳动者'), seg('s2', '劳动者'), seg('s3', '劳动者', 'doc#m2')]);
    expect(found.map((m) => [m.segment, m.first])).toEqual([
      ['s1', true],
      ['s2', false],
      ['s3', true],
    ]);
  });
});

describe('the glossary against the corpus (tests/fixtures/corpus)', () => {
  it('passes every check when every form is in the text and every related unit exists', () => {
    expect(checkGlossary(annotationFile(FIXTURE_CORPUS, 'glossary', process.cwd()), corpus).map((e) => e.message)).toEqual([]);
  });

  it('links the first mention of each term in a measure, in reading order', () => {
    // m6-s2 and m6-s4 name 新就业形态劳动者 again: only m6-s1 is a first mention.
    expect(glossary.firstMentionsIn('2024-jineng-tisheng#m6').map((m) => [m.term, m.form, m.segment])).toEqual([
      ['xin-jiuye-xingtai', '新就业形态劳动者', 'm6-s1'],
      ['gonghui', '工会', 'm6-s3'],
      ['yi-han-liang-shu', '一函两书', 'm6-s3'],
      ['nongmingong', '农民工', 'm6-s4'],
      ['zhiye-shanghai-baozhang', '职业伤害保障', 'm6-s4'],
    ]);
  });

  it('lists every occurrence of a term with its permalink', () => {
    expect(glossary.mentionsOf('zhiye-shanghai-baozhang').map((m) => [m.form, m.url, m.start])).toEqual([
      ['职业伤害保障', '/documents/2024-jineng-tisheng/m6/#m6-s4', 14],
    ]);
    const craftsmen = glossary.mentionsOf('daguo-gongjiang');
    expect(craftsmen).toHaveLength(6);
    expect(craftsmen[0]).toMatchObject({
      item: '2024-jineng-tisheng',
      segment: 'p1-s1',
      url: '/documents/2024-jineng-tisheng/#p1-s1',
      first: true,
    });
    expect(craftsmen.filter((m) => m.scope === '2024-jineng-tisheng#m8').map((m) => m.first)).toEqual([true, false]);
  });

  it('finds terms in part headings and news subheadings too', () => {
    // 劳动经济权益 is only in the heading of part 三, “两新” only in the interview's third subheading.
    expect(glossary.mentionsOf('laodong-jingji-quanyi').map((m) => [m.segmentKind, m.url])).toEqual([
      ['heading', '/documents/2024-jineng-tisheng/#p3'],
    ]);
    expect(glossary.mentionsIn('2024-ndrc-equipment-renewal', 'h3').map((m) => m.term)).toEqual(['liang-xin']);
  });

  it('finds the 2023 “八级工” and the 2024 “新八级工” as one term', () => {
    expect(glossary.mentionsOf('xin-baji-gong').map((m) => `${m.item}#${m.segment}:${m.form}`)).toEqual([
      '2023-gongjiang-peiyang#m3-s2:八级工',
      '2024-jineng-tisheng#m7-s2:新八级工',
    ]);
  });

  it('resolves related units and records the terms of each unit', () => {
    expect(glossary.related('yi-han-liang-shu').map((t) => (t.kind === 'unit' ? t.unit.key : t.kind))).toEqual(['2024-jineng-tisheng#m6']);
    expect(glossary.termsByUnit.get('2024-transport-pilot-patents')).toEqual(['jiaotong-qiangguo']);
  });
});

describe('checkGlossary reports problems at their line', () => {
  it('rejects duplicate ids and forms, missing forms, swallowed forms and unknown refs', () => {
    const file = fixture(
      entry('a', '[一函两书]') +
        entry('a', '[不存在的词]') +
        entry('b', '[函两书, 一函两书]') +
        entry('c', '[新就业形态劳动者]', '[2024-jineng-tisheng#m99, no-such-item, 2024-jineng-tisheng#m6-s3]'),
    );
    expect(checkGlossary(file, corpus).map((e) => e.message)).toEqual([
      'glossary.yaml:8: id "a" is already used by entry 1',
      'glossary.yaml:17: form "一函两书" is already listed by term "a"',
      'glossary.yaml:10: form "不存在的词" does not occur in any sentence or heading of the corpus',
      'glossary.yaml:17: form "函两书" is only found overlapping "一函两书" of term "a" (2024-jineng-tisheng#m6-s3), so it never links here',
      'glossary.yaml:28: related "2024-jineng-tisheng#m99" is not an item, measure, part or sentence of the corpus',
      'glossary.yaml:28: related "no-such-item" is not an item, measure, part or sentence of the corpus',
    ]);
  });

  it('reports schema problems with file and line', () => {
    expect(() => fixture('- id: Bad Id\n  term: x\n')).toThrow(ContentErrors);
    try {
      fixture('- id: ok\n  term: x\n  forms: []\n  definition: d\n  english: e\n  source: s\n');
    } catch (e) {
      expect((e as ContentErrors).errors.map((x) => x.message)).toEqual([
        'glossary.yaml:3: 0.forms: Too small: expected array to have >=1 items',
      ]);
    }
  });

  it('refuses to build an index from a glossary that fails its checks', () => {
    expect(() => buildGlossary(fixture(entry('a', '[不存在的词]')), corpus)).toThrow(/does not occur/);
  });
});
