import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS, siteModel } from '../support/site.ts';
import { fold, hasHan, normaliseQuery, termsOf } from '../../src/lib/search/normalize.ts';
import { mayChange } from '../../src/lib/search/simplify.ts';
import { cutTables, FULL_TABLES, fullConverter, gateOf } from '../../src/lib/search/simplify-tables.ts';
import { converterFrom } from '../../src/lib/search/simplify.ts';
import { subWords } from '../../src/lib/search/words.ts';

describe('fold', () => {
  it('turns full-width ASCII and the ideographic space half-width, ASCII letters lower case', () => {
    expect(fold('６０％ＧＤＰ　NDRC')).toBe('60%gdp ndrc');
  });

  it('keeps the length, so offsets in folded text are offsets in the original', () => {
    for (const s of ['６０％以上', '工资集体协商，ＡＢ', '𠀾Ｘ']) expect(fold(s).length).toBe(s.length);
  });

  it('leaves Han characters and CJK punctuation outside the full-width block alone', () => {
    expect(fold('“一函两书”、。')).toBe('“一函两书”、。');
    expect(fold('，')).toBe(',');
  });
});

describe('normaliseQuery', () => {
  it('reduces spaces and punctuation between words to one space and drops quotes', () => {
    expect(normaliseQuery('  “工资　集体协商”，  职业伤害保障 ')).toBe('工资 集体协商 职业伤害保障');
  });

  it('keeps the signs inside numbers and terms', () => {
    expect(normaliseQuery('4.8% 1/3 技师+工程师')).toBe('4.8% 1/3 技师+工程师');
  });

  it('removes invisible characters', () => {
    expect(normaliseQuery('一函\u200b两书')).toBe('一函两书');
  });

  it('applies the given 繁→简 converter after folding', () => {
    expect(normaliseQuery('勞動合同', (t) => t.replace('勞動', '劳动'))).toBe('劳动合同');
  });
});

describe('termsOf and hasHan', () => {
  it('splits on spaces without repeats', () => {
    expect(termsOf('工会 平台企业 工会')).toEqual(['工会', '平台企业']);
  });

  it('tells Han text from other text', () => {
    expect(hasHan('60%')).toBe(false);
    expect(hasHan('GDP增长')).toBe(true);
  });
});

describe('subWords', () => {
  it('drops single Han characters, which mean nothing alone', () => {
    expect(subWords('一函两书')).toEqual([]);
    expect(subWords('劳动仲裁')).toEqual(['劳动', '仲裁']);
  });

  it('keeps numbers', () => {
    expect(subWords('2035年')).toEqual(['2035']);
  });
});

describe('the 繁→简 converter', () => {
  const official = OpenCC.Converter({ from: 't', to: 'cn' });
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
  const samples = [
    '勞動合同',
    '職業傷害保障',
    '工資集體協商',
    '一函兩書',
    '楓橋經驗',
    '臺灣',
    '乾隆皇帝乾杯',
    '著作',
    '後來',
    '發展改革委',
  ];
  const { corpus } = siteModel(FIXTURE_CORPUS);
  const sentences = corpus.entries.flatMap((e) => e.sentences.map((s) => s.text));
  const cut = cutTables(sentences);

  it("on the full tables is opencc-js's t→cn converter, built from its dictionaries", async () => {
    const mine = await fullConverter();
    for (const s of samples) expect(mine(s), s).toBe(official(s));
  });

  it('changes no simplified character, and turns traditional text simplified', async () => {
    // Whether it changes none of the published texts is a content test: tests/content/texts.test.ts.
    const t2s = await fullConverter();
    const changed = corpus.entries.flatMap((e) => e.sentences.filter((s) => t2s(s.text) !== s.text).map((s) => `${e.id}#${s.id}`));
    expect(changed).toEqual([]);
    const m6 = corpus.byId('2024-jineng-tisheng')!.sentences.find((s) => s.id === 'm6-s3')!.text;
    expect(t2s(toTraditional(m6))).toBe(m6);
  });

  it('cut to the texts’ characters, converts their traditional forms as the full tables do, from a fraction of the bytes', async () => {
    const [full, mine] = [await fullConverter(), await converterFrom(cut)];
    for (const s of sentences) expect(mine(toTraditional(s)), s).toBe(full(toTraditional(s)));
    const size = (t: typeof cut) => t.compat.length + t.phrases.length + t.characters.length;
    expect(size(cut)).toBeLessThan(size(FULL_TABLES) * 0.4);
  });

  it('leaves alone, without its tables, any text with no character of the gate', async () => {
    const gate = gateOf(cut, sentences);
    const mine = await converterFrom(cut);
    const pool = [...new Set([...sentences.join(''), ...gate, ...'乾隆臺灣後著髮麵'])];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + (next() % 8) }, () => pool[next() % pool.length]).join('');
      if (!mayChange(text, gate)) expect(mine(text), text).toBe(text);
    }
    expect(mayChange('职业伤害保障', gate)).toBe(false);
    expect(mayChange('一函两书', gate)).toBe(false);
    expect(mayChange('職業傷害保障', gate)).toBe(true);
  });
});
