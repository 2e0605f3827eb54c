import { describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { definitionSummary, splitDefinition, termPage } from './term-page.ts';

const { corpus, glossary } = siteModel(FIXTURE_CORPUS);

describe('splitDefinition', () => {
  it('separates the English gloss the glossary appends', () => {
    expect(splitDefinition('对顶尖技能人才的称誉。 English: honorific for top-level skilled workers.')).toEqual({
      zh: '对顶尖技能人才的称誉。',
      en: 'honorific for top-level skilled workers.',
    });
    expect(splitDefinition('只有中文。')).toEqual({ zh: '只有中文。', en: null });
  });

  it('splits every definition of the glossary into a Chinese text with no English left in it', () => {
    for (const t of glossary.terms) expect(splitDefinition(t.definition).zh, t.id).not.toMatch(/English:/);
  });
});

describe('definitionSummary', () => {
  it('keeps the first sentence of the Chinese definition', () => {
    expect(definitionSummary('第一句。第二句。 English: gloss.')).toBe('第一句。');
    expect(definitionSummary('没有句号 English: gloss')).toBe('没有句号');
  });
});

describe('termPage', () => {
  const page = termPage({ glossary, corpus }, 'daguo-gongjiang');

  const all = page.groups.flatMap((g) => g.units.flatMap((u) => u.occurrences));

  it('lists every occurrence, each showing the form found in its context', () => {
    expect(page.count).toBe(glossary.mentionsOf('daguo-gongjiang').length);
    expect(all).toHaveLength(page.count);
    for (const o of all) expect(o.match).toBe('大国工匠');
    expect(all.every((o) => o.url.includes(`#${o.ref.split('#')[1]}`))).toBe(true);
  });

  it('groups occurrences by item in corpus order, then by unit, and places each sentence', () => {
    const order = corpus.entries.map((e) => e.id);
    const ids = page.groups.map((g) => g.item.id);
    expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
    const units = page.groups.flatMap((g) => g.units);
    expect(new Set(units.map((u) => u.url)).size).toBe(units.length);
    // (八) names 大国工匠 twice in one sentence.
    const m8 = units.find((u) => u.url === '/documents/2024-jineng-tisheng/m8/')!;
    expect(m8.where).toBe('《技能意见》（八）激发职工创新创造活力');
    expect(m8.occurrences).toHaveLength(2);
    for (const o of m8.occurrences) {
      expect(o.url).toMatch(/^\/documents\/2024-jineng-tisheng\/m8\/#m8-s\d+$/);
      expect(o.place).toBe(`第${o.ref.split('-s')[1]}句`);
    }
    expect(units.find((u) => u.where === '《技能意见》一、总体要求')?.url).toBe('/documents/2024-jineng-tisheng/#p1');
  });

  it('marks the first mention in each unit, the one the text links', () => {
    const firsts = all.filter((o) => o.first);
    expect(firsts.length).toBe(glossary.mentionsOf('daguo-gongjiang').filter((m) => m.first).length);
    expect(firsts.length).toBeGreaterThan(0);
  });

  it('resolves related units to labels and links', () => {
    expect(page.related[0]).toEqual({ label: '《技能意见》（八）激发职工创新创造活力', url: '/documents/2024-jineng-tisheng/m8/' });
    expect(page.related).toHaveLength(3);
  });

  it('labels a mention in a part heading as a heading', () => {
    const inHeading = glossary.mentions.find((m) => m.segmentKind === 'heading');
    expect(inHeading).toMatchObject({ term: 'laodong-jingji-quanyi', segment: 'p3' });
    const unit = termPage({ glossary, corpus }, inHeading!.term)
      .groups.flatMap((g) => g.units)
      .find((u) => u.occurrences.some((o) => o.place === '标题'));
    expect(unit?.where).toBe('《技能意见》三、维护劳动经济权益，保障职工安全健康（标题）');
    expect(unit?.url).toBe(inHeading!.url);
  });

  it('refuses an unknown term', () => {
    expect(() => termPage({ glossary, corpus }, 'no-such-term')).toThrow(/no glossary term/);
  });
});
