import { describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { cueMatcher, sentenceCodes } from './machine.ts';
import type { Codebook } from './schema.ts';

const book = (cues: Record<string, string[]>): Codebook => ({
  source: 'test',
  types: [
    {
      id: 't',
      name: '型',
      definition: 'd',
      instruments: Object.entries(cues).map(([id, c]) => ({ id, name: id, definition: 'd', cues: c })),
    },
  ],
});
const codesOf = (text: string, cues: Record<string, string[]>, names: string[] = []) =>
  sentenceCodes({ id: 'm1-s1', text } as never, cueMatcher(book(cues), names)).map(
    (c) => `${c.instrument}:${c.evidence.map((e) => `${e.quote}@${e.start}`).join(',')}`,
  );

describe('cue matching', () => {
  it('takes a cue after 受 in its clause for what was done to the speaker: 受…委托 is no outsourcing', () => {
    expect(codesOf('受中央政治局委托，我作说明。', { outsourcing: ['委托'] })).toEqual([]);
    expect(codesOf('委托社会力量承担服务。', { outsourcing: ['委托'] })).toEqual(['outsourcing:委托@0']);
    expect(codesOf('受灾地区，委托社会力量承担。', { outsourcing: ['委托'] })).toEqual(['outsourcing:委托@5']);
  });

  it('finds every cue of an instrument in a sentence, with its offsets, as one machine code', () => {
    expect(codesOf('加强职业培训，扩大培训规模。', { training: ['培训'] })).toEqual(['training:培训@4,培训@9']);
    const [code] = sentenceCodes({ id: 'm1-s1', text: '加大资金投入。' } as never, cueMatcher(book({ funding: ['资金'] })));
    expect(code).toMatchObject({ instrument: 'funding', sentence: 'm1-s1', basis: 'machine' });
  });

  it('takes the longest cue where two overlap (专项债券 is funding, not 债券 of finance)', () => {
    expect(codesOf('用好地方专项债券。', { funding: ['专项债券'], finance: ['债券'] })).toEqual(['funding:专项债券@4']);
    expect(codesOf('发行债券。', { funding: ['专项债券'], finance: ['债券'] })).toEqual(['finance:债券@2']);
  });

  it('matches only whole words: 高技能人才 is no word of 提高技能人才 once 技能人才 is a name', () => {
    const cues = { training: ['高技能人才'] };
    expect(codesOf('提高技能人才薪酬待遇。', cues, ['技能人才'])).toEqual([]);
    expect(codesOf('高技能人才占技能人才的比例达到1/3。', cues, ['技能人才'])).toEqual(['training:高技能人才@0']);
  });

  it('finds no cue inside a registered name (社会保障 in 人力资源社会保障部门), but a cue that is a name stays a cue', () => {
    const cues = { service: ['社会保障'], finance: ['金融机构'] };
    expect(codesOf('人力资源社会保障部门负责。', cues, ['人力资源社会保障部门'])).toEqual([]);
    expect(codesOf('完善社会保障体系。', cues, ['人力资源社会保障部门'])).toEqual(['service:社会保障@2']);
    expect(codesOf('引导金融机构加大支持。', cues, ['金融机构'])).toEqual(['finance:金融机构@2']);
  });
});

describe('machine suggestions of the fixture corpus', () => {
  const { instruments, corpus } = siteModel(FIXTURE_CORPUS);

  it('codes every unit with text of its own of every document (preamble, part text, measures, closing), and no news item', () => {
    const expected = corpus.documents.flatMap((d) =>
      [
        ...(d.outline.preamble.length ? ['preamble'] : []),
        ...d.outline.parts.flatMap((p) => [...(p.sentences.length ? [p.id] : []), ...p.measures.map((m) => m.id)]),
        ...(d.outline.closing ? ['closing'] : []),
      ].map((id) => `${d.id}#${id}`),
    );
    expect(instruments.units.map((u) => `${u.item}#${u.id}`)).toEqual(expected);
    expect(instruments.units.some((u) => corpus.byId(u.item)?.kind === 'news')).toBe(false);
    expect(instruments.unit('2024-jineng-tisheng', 'p1')).toMatchObject({ kind: 'part', short: '正文' });
  });

  it('quotes words that are inside their sentence, at their offsets', () => {
    const sentences = new Map(corpus.documents.flatMap((d) => d.sentences.map((s) => [`${d.id}#${s.id}`, s.text])));
    const evidence = instruments.units.flatMap((u) =>
      u.codes.flatMap((c) => c.evidence.map((e) => ({ text: sentences.get(`${u.item}#${c.sentence}`), e }))),
    );
    expect(evidence.length).toBeGreaterThan(30);
    for (const { text, e } of evidence) expect(text?.slice(e.start, e.end)).toBe(e.quote);
  });

  it('gives the machine reason for none where no cue occurs (2023 m6: 提高技能人才 holds no 高技能人才)', () => {
    expect(instruments.unit('2023-gongjiang-peiyang', 'm6')).toMatchObject({
      codes: [],
      none: { reason: '未见码本中的线索词', basis: 'machine' },
      reviewed: false,
    });
    expect(instruments.unit('2024-jineng-tisheng', 'm4')!.codes.map((c) => c.instrument)).not.toContain('talent-training');
    expect(instruments.unit('2023-gongjiang-peiyang', 'm2')!.codes.find((c) => c.instrument === 'talent-training')).toMatchObject({
      sentence: 'm2-s2',
      basis: 'machine',
      evidence: [{ quote: '高技能人才', start: 30, end: 35 }],
      href: '/documents/2023-gongjiang-peiyang/m2/#m2-s2',
    });
  });

  it('links a part text code to the document page, a measure code to the measure page', () => {
    expect(instruments.unit('2024-jineng-tisheng', 'p1')!.codes[0]!.href).toBe('/documents/2024-jineng-tisheng/#p1-s1');
    expect(instruments.unit('2024-jineng-tisheng', 'm3')!.codes[0]!.href).toBe('/documents/2024-jineng-tisheng/m3/#m3-s1');
  });
});
