// Ingest on the shape fixtures' sources (tests/fixtures/shapes/<shape>/sources/*.txt as input):
// what it prints and the metadata it writes are pinned in tests/fixtures/shapes/<shape>/ingest.txt
// (UPDATE_SHAPES=1 rewrites them); writing refuses to reuse an id or replace a source.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readItems } from '../content/items.ts';
import { IngestError, planIngest, writeIngest } from './ingest.ts';

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
