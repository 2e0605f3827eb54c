// Ingest on the shape fixtures' sources (tests/fixtures/shapes/<shape>/sources/*.txt as input):
// what it prints and the metadata it writes are pinned in tests/fixtures/shapes/<shape>/ingest.txt
// (UPDATE_SHAPES=1 rewrites them); writing refuses to reuse an id or replace a source.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readItems } from '../content/items.ts';
import { IngestError, actorCandidatesReport, planIngest, registryAliases, writeIngest } from './ingest.ts';

const SHAPES = 'tests/fixtures/shapes';
const shapes = readdirSync(SHAPES).filter((name) => existsSync(join(SHAPES, name, 'sources')));
const sourceOf = (shape: string) => {
  const name = readdirSync(join(SHAPES, shape, 'sources'))[0]!;
  return { name, bytes: readFileSync(join(SHAPES, shape, 'sources', name)) };
};
const plan = (shape: string) => {
  const { name, bytes } = sourceOf(shape);
  return planIngest(bytes.toString('utf8'), name, { id: `ingested-${shape}`, published: '2025-06-01', publisher: '示例出版者' });
};

describe.each(shapes)('ingest of the %s source', (shape) => {
  it('prints what it found and writes the metadata its ingest.txt pins', () => {
    const p = plan(shape);
    const printed = `${p.report.join('\n')}\n---\n${p.yaml}`;
    const expected = join(SHAPES, shape, 'ingest.txt');
    if (process.env.UPDATE_SHAPES || !existsSync(expected)) writeFileSync(expected, printed);
    expect(printed).toBe(readFileSync(expected, 'utf8'));
  });
});

describe('what ingest detects', () => {
  it('takes the title line, the wrapper and credit lines as furniture, the issuers from the wrapper, the date from the history', () => {
    const p = plan('regulation');
    expect(p.meta).toMatchObject({
      title: '某某管理条例',
      kind: 'regulation',
      issuers: ['某某委员会'],
      date: '2025-04-05',
      shortTitle: '《条例》',
    });
    expect(p.meta.furniture.map((f) => f.role)).toEqual(['wrapper', 'wrapper', 'credit']);
    expect(p.report).toContain(
      'structure: no preamble, 2 chapters, 4 articles, 6 paragraphs (款), 3 items (项), no closing, 0 attachments (17 lines)',
    );
  });

  it('writes down where it decided the closing begins, and the byline as issuer of a speech', () => {
    expect(plan('proposal').meta.closing).toBe('办好发展的事，关键在党。');
    const explanation = plan('explanation');
    expect(explanation.meta).toMatchObject({ kind: 'explanation', issuers: ['张某某'] });
    expect(explanation.meta.closing?.toString().startsWith('同志们，')).toBe(true);
  });

  it('asks for --published when the text has no date, and for --kind when the title does not say', () => {
    const { name, bytes } = sourceOf('explanation');
    expect(() => planIngest(bytes.toString('utf8'), name, { publisher: 'x' })).toThrow(/--published/);
    expect(() => planIngest('一份没有类型的文本\n正文。\n', 'x.txt', { publisher: 'x', published: '2025-01-01' })).toThrow(/--kind/);
  });

  describe('writing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('copies the source byte for byte and writes a file the build reads; never replaces either', () => {
      const p = plan('regulation');
      const { bytes } = sourceOf('regulation');
      writeIngest(p, bytes, dir);
      expect(readFileSync(join(dir, 'sources', p.sourceName)).equals(bytes)).toBe(true);
      expect(readItems(dir).map((i) => i.meta)).toEqual([p.meta]);
      expect(() => writeIngest(p, bytes, dir)).toThrow(IngestError);
      expect(() => writeIngest({ ...p, id: 'another-id' }, Buffer.from('其他'), dir)).toThrow(/never replaced/);
    });
  });
});

describe('the actor candidates ingest prints', () => {
  const text = [
    '某某委员会关于某某工作的意见',
    '（2025年1月2日）',
    '一、总体要求',
    '（一）加强领导。金融机构要支持科研机构。高等学校要配合，金融机构要参与。企业要落实。',
    '（二）强化保障。科研机构要开放，金融机构要服务。',
  ].join('\n');
  const root = planIngest(text, 'candidates.txt', { id: 'candidates', published: '2025-06-01', publisher: '示例出版者' }).root;

  it('lists the actor-like strings no alias covers, most frequent first, with their counts', () => {
    expect(actorCandidatesReport(root, ['企业'])).toBe('actor candidates (not in the registry, 3): 金融机构 ×3, 科研机构 ×2, 高等学校 ×1');
  });

  it('shows the top ones of a longer list and says how many there are', () => {
    expect(actorCandidatesReport(root, ['企业'], 2)).toBe('actor candidates (not in the registry, top 2 of 3): 金融机构 ×3, 科研机构 ×2');
  });

  it('leaves out what the registry names and says so when nothing is left', () => {
    expect(actorCandidatesReport(root, ['企业', '金融机构', '科研机构', '高等学校'])).toBe('actor candidates (not in the registry): none');
  });
});

describe('the registry aliases ingest compares with', () => {
  it('are every alias of the registry, and none without one', () => {
    const aliases = registryAliases('tests/fixtures/corpus');
    expect(aliases.length).toBeGreaterThan(0);
    expect(new Set(aliases).size).toBe(aliases.length);
    const empty = mkdtempSync(join(tmpdir(), 'ingest-aliases-'));
    try {
      expect(registryAliases(empty)).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
