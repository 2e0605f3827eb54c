import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS, siteInputs, siteModel } from '../../../tests/support/site.ts';
import { readInstrumentCodes } from '../content/annotations.ts';
import { ContentErrors } from '../errors.ts';
import { buildSiteModel } from '../site/model.ts';

const DOC = '2024-jineng-tisheng';

describe('hand review of the fixture corpus', () => {
  const { instruments } = siteModel(FIXTURE_CORPUS);

  it('confirms a machine suggestion as a hand code', () => {
    expect(instruments.unit(DOC, 'm1')).toMatchObject({
      reviewed: true,
      codes: [{ instrument: 'strategic-measures', basis: 'hand', evidence: [{ quote: '弘扬' }] }],
    });
  });

  it('adds a code the machine has no cue for, at the quoted words', () => {
    const [code] = instruments.unit(DOC, 'm8')!.codes;
    expect(code).toMatchObject({
      instrument: 'technical-support',
      sentence: 'm8-s2',
      basis: 'hand',
      evidence: [{ quote: '联合开展技术攻关', start: 27, end: 35 }],
    });
  });

  it('vetoes a suggestion and records the reason for none', () => {
    expect(instruments.unit(DOC, 'm9')).toMatchObject({
      codes: [],
      none: { reason: '本条讲企业和工会各自的作用，不用政策工具', basis: 'hand' },
    });
  });

  it('leaves the units no hand file lists to the machine', () => {
    const m6 = instruments.unit(DOC, 'm6')!;
    expect(m6.reviewed).toBe(false);
    expect(m6.codes.every((c) => c.basis === 'machine')).toBe(true);
    expect(instruments.unitsOf('2023-gongjiang-peiyang').every((u) => !u.reviewed)).toBe(true);
  });
});

describe('a broken hand file', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** The errors of the fixture corpus with `yaml` as the hand file of `item`. */
  const problemsWith = (yaml: string, item = DOC): string[] => {
    const dir = mkdtempSync(join(tmpdir(), 'instrument-codes-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'instrument-codes'));
    writeFileSync(join(dir, 'instrument-codes', `${item}.yaml`), yaml);
    const inputs = siteInputs(FIXTURE_CORPUS);
    try {
      buildSiteModel({ ...inputs, files: { ...inputs.files, instrumentCodes: readInstrumentCodes(dir, dir) } });
    } catch (e) {
      if (e instanceof ContentErrors) return e.errors.map((x) => x.message);
      throw e;
    }
    return [];
  };

  it('builds as it stands (the check below is of the changes, not of the fixture)', () => {
    expect(problemsWith('units:\n  m1:\n    confirm: [strategic-measures]\n')).toEqual([]);
  });

  it('names the file and line of a confirm the machine did not suggest, and of an unknown instrument', () => {
    expect(problemsWith('units:\n  m1:\n    confirm: [strategic-measures, funding, no-such]\n')).toEqual([
      'instrument-codes/2024-jineng-tisheng.yaml:3: unit m1: confirm 2 (funding): the machine suggests no "funding" here to confirm; add it under codes',
      'instrument-codes/2024-jineng-tisheng.yaml:3: unit m1: confirm 3: unknown instrument "no-such"',
    ]);
  });

  it('requires every suggestion of a reviewed unit to be decided', () => {
    expect(problemsWith('units:\n  m3:\n    confirm: [talent-training]\n')).toEqual([
      'instrument-codes/2024-jineng-tisheng.yaml:2: unit m3: the machine suggests "funding" in m3-s2 ("经费"), which is neither confirmed nor vetoed in this unit',
      'instrument-codes/2024-jineng-tisheng.yaml:2: unit m3: the machine suggests "regulation" in m3-s3 ("制度"), which is neither confirmed nor vetoed in this unit',
    ]);
  });

  it('lets a veto take one sentence out of a confirmed instrument, and refuses one with nothing to veto', () => {
    const yaml = (sentence: string) =>
      `units:\n  m2:\n    confirm: [talent-training, regulation]\n    veto:\n      - { instrument: talent-training, sentence: ${sentence}, reason: 测试 }\n`;
    expect(problemsWith(yaml('m2-s3'))).toEqual([]);
    expect(problemsWith(yaml('m2-s4'))).toEqual([
      'instrument-codes/2024-jineng-tisheng.yaml:5: unit m2: veto 1 (talent-training, m2-s4): the machine suggests no "talent-training" in m2-s4 to veto',
    ]);
  });

  it('checks an added code: its sentence is in the unit and its quote once in the sentence', () => {
    const code = (sentence: string, quote: string) =>
      `units:\n  m8:\n    codes:\n      - instrument: technical-support\n        sentence: ${sentence}\n        quote: ${quote}\n`;
    expect(problemsWith(code('m7-s2', '技术攻关'))).toEqual([
      'instrument-codes/2024-jineng-tisheng.yaml:5: unit m8: code 1 (technical-support): sentence m7-s2 is not in m8',
    ]);
    expect(problemsWith(code('m8-s2', '研发攻关'))).toEqual([
      'instrument-codes/2024-jineng-tisheng.yaml:6: unit m8: code 1 (technical-support): quote "研发攻关" is not in sentence m8-s2',
    ]);
  });

  it('refuses none beside a code, a reviewed unit left empty without none, and a unit that is not there', () => {
    expect(problemsWith('units:\n  m1:\n    confirm: [strategic-measures]\n    none: 无\n')).toEqual([
      'instrument-codes/2024-jineng-tisheng.yaml:4: unit m1: none is given, but the unit keeps 1 code(s): drop none or veto them',
    ]);
    expect(problemsWith('units:\n  m1:\n    veto:\n      - { instrument: strategic-measures, sentence: m1-s1, reason: 测试 }\n')).toEqual([
      'instrument-codes/2024-jineng-tisheng.yaml:2: unit m1: no code is left in this reviewed unit: say why with none: <reason>',
    ]);
    expect(problemsWith('units:\n  m99:\n    none: 无\n')).toEqual([
      'instrument-codes/2024-jineng-tisheng.yaml:2: unit m99: no unit with text of its own (measure, article, part text, preamble, closing…) "m99" in 2024-jineng-tisheng',
    ]);
  });

  it('refuses a file named for a news item or for no item', () => {
    expect(problemsWith('units: {}\n', '2024-robot-skills-contest')).toEqual([
      'instrument-codes/2024-robot-skills-contest.yaml:1: "2024-robot-skills-contest" is a news item: instruments are coded in documents only',
    ]);
    expect(problemsWith('units: {}\n', 'no-such-doc')).toEqual([
      'instrument-codes/no-such-doc.yaml:1: no document "no-such-doc" in the corpus: the file name must be a document id',
    ]);
  });
});
